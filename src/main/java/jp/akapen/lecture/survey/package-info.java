/**
 * Surveys after a lecture or meeting (受講アンケート; issue 13 items 6-10; seed W4, P6, P7): the builder, the ward's
 * consent to screened questions, answers (anonymous ones never joinable to a person) and their aggregates. Exposed
 * to other areas for the demo, which builds and answers its survey through {@link SurveyService}.
 */
@NamedInterface("survey")
package jp.akapen.lecture.survey;

import org.springframework.modulith.NamedInterface;
