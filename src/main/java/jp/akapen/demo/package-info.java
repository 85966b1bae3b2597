/**
 * Demo data for trying the portal: the fiscal-2021 cohort's seven residents, the contractor's
 * manager, handlers and staff, and a ward officer. Loaded only when {@code akapen.demo=true}.
 */
package jp.akapen.demo;
