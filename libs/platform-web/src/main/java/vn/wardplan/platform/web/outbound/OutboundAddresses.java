package vn.wardplan.platform.web.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only way the platform calls an address a user typed (a ward's webhook now, any later integration): HTTPS, a
 * host written plainly, resolved once, and every address it resolves to public — not loopback, link-local, private,
 * carrier-grade NAT, unspecified, multicast, reserved, documentation, IPv6 unique-local, nor an IPv4 of those inside an
 * IPv6 address (mapped, compatible, NAT64, 6to4). The caller connects to exactly the addresses this returns, so a name
 * that resolves differently a moment later (DNS rebinding) changes nothing. Pure Java; resolution is a seam for tests.
 *
 * @see #check(String) at the time a URL is saved
 * @see #resolve(String) at the time of the call
 */
public final class OutboundAddresses {

    /** Why an address is refused, in the person's words (Vietnamese). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    /** Name resolution; the platform's is the JDK's. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Pattern NUMERIC_LOOKING = Pattern.compile("^(?:0x[0-9a-f]*|[0-9.]+|[0-9a-fx.]*\\.[0-9]+)$");
    private static final Pattern CANONICAL_IPV4 = Pattern.compile("^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern HOST_NAME = Pattern.compile("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");

    private final Set<String> allowedHosts;
    private final Set<String> internalHosts;
    private final Resolver resolver;

    /**
     * @param allowedHosts when not empty, the only hosts (or parent domains: "gov.vn" allows "sms.hcm.gov.vn") that may
     *                     be called
     * @param internalHosts hosts the operator runs (an SMS bridge inside the cluster): their addresses are not checked
     *                      and they may be called over plain HTTP
     */
    public OutboundAddresses(Set<String> allowedHosts, Set<String> internalHosts, Resolver resolver) {
        this.allowedHosts = lower(allowedHosts);
        this.internalHosts = lower(internalHosts);
        this.resolver = resolver;
    }

    public OutboundAddresses(Set<String> allowedHosts, Set<String> internalHosts) {
        this(allowedHosts, internalHosts, InetAddress::getAllByName);
    }

    private static Set<String> lower(Set<String> hosts) {
        return hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Checks a URL as a user types it, resolving its host now; answers the URL to call. */
    public URI check(String url) {
        URI uri = parse(url);
        resolve(uri.getHost());
        return uri;
    }

    /** The URL's shape: scheme, no credentials, a host written plainly. */
    public URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("địa chỉ không đúng dạng URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = host(uri);
        if (!scheme.equals("https") && !(scheme.equals("http") && internalHosts.contains(host))) {
            throw new Refused("chỉ gọi địa chỉ https://");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("địa chỉ không được chứa tên đăng nhập hay mật khẩu");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("địa chỉ không được có phần #");
        }
        if (!allowedHosts.isEmpty() && allowedHosts.stream().noneMatch(a -> host.equals(a) || host.endsWith("." + a))) {
            throw new Refused("máy chủ \"" + host + "\" không nằm trong danh sách được phép của nền tảng");
        }
        return uri;
    }

    /** Every address the host resolves to, each checked; the call connects to these only. */
    public List<InetAddress> resolve(String rawHost) {
        String host = normalized(rawHost);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("không tìm thấy máy chủ \"" + host + "\"");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("không tìm thấy máy chủ \"" + host + "\"");
        }
        if (!internalHosts.contains(host)) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new Refused("máy chủ \"" + host + "\" trỏ tới địa chỉ nội bộ hoặc dành riêng (" + address.getHostAddress() + ")");
                }
            }
        }
        return List.of(addresses);
    }

    private static String host(URI uri) {
        if (uri.getHost() == null) {
            throw new Refused("địa chỉ thiếu tên máy chủ");
        }
        return normalized(uri.getHost());
    }

    /** Lower case, without the trailing dot; an IPv4 only as four plain decimal numbers, an IPv6 only in brackets. */
    static String normalized(String raw) {
        String host = raw.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            return host;
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (NUMERIC_LOOKING.matcher(host).matches() && !CANONICAL_IPV4.matcher(host).matches()) {
            throw new Refused("địa chỉ IP \"" + raw + "\" phải viết dạng bốn số thập phân (ví dụ 203.113.1.10)");
        }
        if (!CANONICAL_IPV4.matcher(host).matches() && !HOST_NAME.matcher(host).matches()) {
            throw new Refused("tên máy chủ \"" + raw + "\" không hợp lệ");
        }
        return host;
    }

    /** Whether an address is on the public internet (globally routable unicast). */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        byte[] a = ((Inet6Address) address).getAddress();
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        int first = a[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // fc00::/7 unique-local
        }
        if (allZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff || allZero(a, 0, 12)) {
            return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96
        }
        if ((a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b && allZero(a, 4, 12)) {
            return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x02) {
            return isPublicV4(new byte[] {a[2], a[3], a[4], a[5]}); // 6to4 2002::/16
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x01 && ((a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8 || allZero(a, 2, 4))) {
            return false; // 2001:db8::/32 documentation, 2001::/32 Teredo
        }
        return (first & 0xe0) == 0x20; // 2000::/3, the global unicast space
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0 || b0 == 10 || b0 == 127 || b0 >= 224 // this network, private, loopback, multicast and reserved
                || b0 == 100 && b1 >= 64 && b1 <= 127 // carrier-grade NAT 100.64.0.0/10
                || b0 == 169 && b1 == 254 // link-local (cloud metadata)
                || b0 == 172 && b1 >= 16 && b1 <= 31 || b0 == 192 && b1 == 168 // private
                || b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2) // IETF protocol assignments, TEST-NET-1
                || b0 == 198 && (b1 == 18 || b1 == 19) // benchmarking
                || b0 == 198 && b1 == 51 && b2 == 100 || b0 == 203 && b1 == 0 && b2 == 113); // TEST-NET-2, TEST-NET-3
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
