/** The page frame every view sits in, and the few widgets every area shares. Names no feature. */
package jp.akapen.shared.ui;
