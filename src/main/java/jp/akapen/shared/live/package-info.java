/**
 * Live collaboration (issue 23; W2, W6): what just happened, told at once to the pages that show it, and who has a
 * thing open right now. Held in the database, so that several instances of the portal behind a load balancer tell
 * each other within a poll ({@code akapen.live.poll-every}, one second by default). Holds no personal data: topics
 * name things by id, people by account id.
 */
package jp.akapen.shared.live;
