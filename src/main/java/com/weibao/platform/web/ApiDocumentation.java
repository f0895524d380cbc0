package com.weibao.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api (springdoc: {@code /v3/api-docs}, the page {@code /swagger-ui.html}): Chinese title
 * and description, HTTP Basic as the one security scheme, and the operations grouped by the path's first segment
 * under {@code /api} with the Chinese group names of {@code weibao.api-docs.groups} (e.g. {@code cases: 工单}) instead
 * of the controllers' class names.
 */
@Configuration
@EnableConfigurationProperties(ApiDocumentation.Groups.class)
class ApiDocumentation {

    static final String BASIC = "basic";

    @ConfigurationProperties("weibao.api-docs")
    record Groups(Map<String, String> groups) {
        Groups {
            groups = groups == null ? Map.of() : Map.copyOf(groups);
        }
    }

    @Bean
    OpenAPI weibaoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Weibao 维保服务台 API").version("v1")
                        .description("""
                                医院信息系统维保服务台的 REST 接口：工单（登记、查询、备注、附件、改级）、合同与服务时限预估、\
                                巡检、通知、隔离区、审计日志、知识库、回访与满意度、变更、合同报告。\
                                所有接口使用 HTTP Basic 认证（任务列表的账号）；医院账号只能看到本院的数据。\
                                错误以 problem details（RFC 9457）返回，并逐项指出字段。"""))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic").description("任务列表的用户名和密码")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer chineseGroups(Groups groups) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            Map<String, Tag> used = new TreeMap<>();
            openApi.getPaths().forEach((path, item) -> {
                String segment = firstSegment(path);
                String name = groups.groups().getOrDefault(segment, segment);
                used.putIfAbsent(segment, new Tag().name(name).description("/api/" + segment));
                item.readOperations().forEach(operation -> operation.setTags(new ArrayList<>(List.of(name))));
            });
            openApi.setTags(new ArrayList<>(new LinkedHashMap<>(used).values()));
        };
    }

    static String firstSegment(String path) {
        String rest = path.startsWith("/api/") ? path.substring("/api/".length()) : path.replaceFirst("^/", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
