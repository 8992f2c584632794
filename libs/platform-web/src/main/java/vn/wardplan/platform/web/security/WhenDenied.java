package vn.wardplan.platform.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem an endpoint's {@code @PreAuthorize} answers when it refuses, where "not allowed" alone would not tell the
 * caller who may ("only the ward's leaders and office comment"). The key is one of the service's problem messages;
 * without this annotation a refusal answers {@code auth.denied}. Roles are checked this one way (ADR 0029).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WhenDenied {

    /** The problem's message key, e.g. {@code comment.notLeader}. */
    String value();
}
