package com.weibao.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

/**
 * The threads that run the intake routes' HTTP requests (Camel platform-http on Spring MVC hands each request to an
 * executor). Without this bean Camel would take the first executor it finds, which is Camunda's job executor pool:
 * webhook requests would then wait behind process jobs. Camel picks a {@link DelegatingSecurityContextAsyncTaskExecutor}
 * first, so this pool is used for intake alone.
 */
@Configuration
class IntakeHttpConfiguration {

    @Bean(destroyMethod = "")
    DelegatingSecurityContextAsyncTaskExecutor intakeHttpExecutor(ThreadPoolTaskExecutor intakeHttpPool) {
        return new DelegatingSecurityContextAsyncTaskExecutor(intakeHttpPool);
    }

    @Bean
    ThreadPoolTaskExecutor intakeHttpPool() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("intake-http-");
        pool.setCorePoolSize(4);
        pool.setMaxPoolSize(16);
        pool.setQueueCapacity(200);
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(10);
        return pool;
    }
}
