package com.weibao.intake.wechat;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The gate every WeChat XML passes before WxJava reads it: a JDK parser that refuses any DOCTYPE (so no external
 * entity is ever resolved, no file read, no entity expansion), with secure processing on. WeChat never sends a
 * DOCTYPE, so nothing legitimate is refused.
 */
final class SafeXml {

    private static final SAXParserFactory FACTORY = factory();

    private SafeXml() {
    }

    /** A payload the gate refused, with the parser's reason. */
    static final class UnsafeXml extends Exception {
        UnsafeXml(String message) {
            super(message);
        }
    }

    static void check(String xml) throws UnsafeXml {
        if (xml == null || xml.isBlank()) {
            throw new UnsafeXml("empty body");
        }
        try {
            SAXParser parser = FACTORY.newSAXParser();
            parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler());
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnsafeXml(reason.length() > 300 ? reason.substring(0, 300) : reason);
        }
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure a safe XML parser", e);
        }
    }
}
