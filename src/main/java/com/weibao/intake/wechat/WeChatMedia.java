package com.weibao.intake.wechat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Downloads a message's image or voice from WeChat's media API (temporary media, kept 3 days by WeChat). */
@Component
class WeChatMedia {

    record Download(String fileName, String contentType, byte[] content) {
    }

    private final WeChatClients clients;

    WeChatMedia(WeChatClients clients) {
        this.clients = clients;
    }

    Download download(WeChatApp app, String mediaId, String baseName) throws Exception {
        File file = app == WeChatApp.MP
                ? clients.mp().orElseThrow().getMaterialService().mediaDownload(mediaId)
                : clients.wecom().orElseThrow().getMediaService().download(mediaId);
        if (file == null) {
            throw new IOException("WeChat returned no file for media " + mediaId);
        }
        try {
            String name = file.getName();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1)
                    .toLowerCase(Locale.ROOT) : "bin";
            return new Download(baseName + "." + extension, contentType(extension), Files.readAllBytes(file.toPath()));
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    private static String contentType(String extension) {
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "amr" -> "audio/amr";
            case "speex" -> "audio/speex";
            case "mp3" -> "audio/mpeg";
            default -> "application/octet-stream";
        };
    }
}
