/**
 * Who may sign in and as what: accounts, roles (seed R1–R5), password hashes and policy, login
 * throttling, and the security configuration that makes every view and service check roles (P3).
 */
package jp.akapen.account;
