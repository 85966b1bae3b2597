/**
 * 取扱者の指定 (seed P2, P3): the register of handler designations, who is active on a day, and the sessions
 * ended when a designation ends. Open to other areas ({@code demo} designates its handlers) through
 * {@link HandlerDesignationService}; within privacy, {@link HandlerRegister#isActive} answers who may read.
 */
@NamedInterface("handlers")
package jp.akapen.privacy.handlers;

import org.springframework.modulith.NamedInterface;
