package vn.wardplan.gateway.server;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.netty.NettyPipeline;

/**
 * What the HTTP codec refuses before any filter runs — a request line longer than 8 KB (414), headers over 16 KB
 * (431), a request that is not HTTP (400) — is answered with problem details like everything else, instead of the
 * server's empty body.
 */
@Component
class CodecProblems implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory> {

    @Override
    public void customize(NettyReactiveWebServerFactory factory) {
        factory.addServerCustomizers(server -> server
                .httpRequestDecoder(spec -> spec.maxInitialLineLength(8192).maxHeaderSize(16384))
                .doOnChannelInit((observer, channel, address) -> {
                    if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                        channel.pipeline().addAfter(NettyPipeline.HttpCodec, "wardplan.codecProblems", new Rewriter());
                    }
                }));
    }

    /** Rewrites the server's own empty error answers; answers the application wrote pass untouched. */
    static final class Rewriter extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof FullHttpResponse response && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                int status = response.status().code();
                String body = switch (status) {
                    case 400 -> problem(400, "Yêu cầu không hợp lệ", "Không đọc được yêu cầu HTTP.");
                    case 413 -> problem(413, "Yêu cầu quá lớn", "Nội dung gửi lên vượt giới hạn cho phép.");
                    case 414 -> problem(414, "Địa chỉ quá dài", "Địa chỉ (URL) của yêu cầu dài hơn 8 KB.");
                    case 431 -> problem(431, "Phần đầu yêu cầu quá lớn", "Phần đầu (header) của yêu cầu lớn hơn 16 KB.");
                    default -> null;
                };
                if (body != null) {
                    FullHttpResponse problem = new DefaultFullHttpResponse(response.protocolVersion(), response.status(),
                            Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
                    problem.headers().set(response.headers());
                    problem.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
                    problem.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, problem.content().readableBytes());
                    response.release();
                    super.write(context, problem, promise);
                    return;
                }
            }
            super.write(context, message, promise);
        }

        private static String problem(int status, String title, String detail) {
            return "{\"type\":\"https://wardplan.vn/problems/http." + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\",\"code\":\"http." + status + "\"}";
        }
    }
}
