package vn.wardplan.gateway.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.WebFilterChainProxy;

/**
 * Requests the HTTP firewall refuses (an encoded slash, %00, a quote or a backslash in the path, a control character in
 * a header) get problem details, not an empty 400.
 */
@Configuration(proxyBeanMethods = false)
class FirewallProblems {

    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems(org.springframework.beans.factory.ObjectProvider<ProblemResponses> problems) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> problems.getObject().rejected(exchange));
                }
                return bean;
            }
        };
    }
}
