/**
 * What every area shares and nothing else owns: the role vocabulary, the clock, Japanese date
 * formatting, the notification inbox, the embedded database and the page layout.
 * It depends on no other area.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package jp.akapen.shared;

import org.springframework.modulith.ApplicationModule;
