/**
 * Fiscal-year cohorts (the yearly contract), editions (号) with their schedule, articles, and the
 * ward's progress dashboard, which derives each article's stage from its manuscript (seed W5–W7).
 */
package jp.akapen.edition;
