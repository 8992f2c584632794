package vn.wardplan.platform.web.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What a ward may make the platform call: public HTTPS addresses only, in every spelling, checked at each call. */
class OutboundAddressesTest {

    /** Resolves nothing but literals, as a machine without DNS would; a test names what a host resolves to. */
    static OutboundAddresses.Resolver literals() {
        return host -> new InetAddress[] {InetAddress.getByName(host)};
    }

    final OutboundAddresses addresses = new OutboundAddresses(Set.of(), Set.of(), literals());

    @Test
    void publicHttpsAddressesPass() throws Exception {
        assertThat(addresses.check("https://8.8.8.8/hook").getHost()).isEqualTo("8.8.8.8");
        assertThat(addresses.check("https://[2001:4860:4860::8888]:8443/zalo").getPort()).isEqualTo(8443);
        OutboundAddresses named = new OutboundAddresses(Set.of(), Set.of(),
                host -> new InetAddress[] {InetAddress.getByName("203.113.1.10")});
        assertThat(named.resolve("sms.example.vn.")).extracting(InetAddress::getHostAddress).containsExactly("203.113.1.10");
    }

    @Test
    void everyInternalOrReservedRangeIsRefusedInEverySpelling() {
        for (String url : List.of("https://127.0.0.1/", "https://127.8.9.10/", "https://0.0.0.0/", "https://10.1.2.3/",
                "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/", "https://100.127.255.254/", "https://224.0.0.1/", "https://255.255.255.255/",
                "https://240.0.0.1/", "https://192.0.2.1/", "https://198.18.0.1/", "https://[::1]/", "https://[::]/",
                "https://[fe80::1]/", "https://[fd00::1]/", "https://[fc00::5]/", "https://[ff02::1]/", "https://[::ffff:127.0.0.1]/",
                "https://[::ffff:a9fe:a9fe]/", "https://[::127.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:7f00:1::]/",
                "https://[2002:c0a8:0101::1]/", "https://[2001:db8::1]/", "https://[fec0::1]/")) {
            assertThatThrownBy(() -> addresses.check(url)).as(url).isInstanceOf(OutboundAddresses.Refused.class);
        }
    }

    @Test
    void numbersWrittenAnyOtherWayThanFourDecimalsAreRefused() {
        for (String url : List.of("https://2130706433/", "https://0177.0.0.1/", "https://0x7f.0.0.1/", "https://0x7f000001/",
                "https://127.1/", "https://017700000001/", "https://1.2.3.04/")) {
            // Either the URL's host is not a host at all (java.net.URI) or it is a number written another way.
            assertThatThrownBy(() -> addresses.check(url)).as(url).isInstanceOf(OutboundAddresses.Refused.class)
                    .hasMessageMatching(".*(bốn số thập phân|thiếu tên máy chủ).*");
        }
        assertThatThrownBy(() -> addresses.check("https://2130706433/")).hasMessageContaining("bốn số thập phân");
    }

    @Test
    void onlyHttpsWithoutCredentialsAndOnlyAllowedHostsWhenThePlatformNamesThem() {
        assertThatThrownBy(() -> addresses.check("http://8.8.8.8/hook")).hasMessageContaining("https://");
        assertThatThrownBy(() -> addresses.check("ftp://8.8.8.8/")).hasMessageContaining("https://");
        assertThatThrownBy(() -> addresses.check("https://user:pass@8.8.8.8/")).hasMessageContaining("mật khẩu");
        assertThatThrownBy(() -> addresses.check("https:///path")).isInstanceOf(OutboundAddresses.Refused.class);
        assertThatThrownBy(() -> addresses.check("không phải url")).isInstanceOf(OutboundAddresses.Refused.class);

        OutboundAddresses allowList = new OutboundAddresses(Set.of("zalo.me", "sms.gov.vn"), Set.of(),
                host -> new InetAddress[] {InetAddress.getByName("203.113.1.10")});
        assertThat(allowList.check("https://openapi.zalo.me/v3/message").getHost()).isEqualTo("openapi.zalo.me");
        assertThatThrownBy(() -> allowList.check("https://zalo.me.evil.example/")).hasMessageContaining("danh sách được phép");
        assertThatThrownBy(() -> allowList.check("https://8.8.8.8/")).hasMessageContaining("danh sách được phép");
    }

    @Test
    void aNameIsCheckedForEveryAddressItResolvesToAtEachCallSoRebindingGainsNothing() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        OutboundAddresses rebinding = new OutboundAddresses(Set.of(), Set.of(), host -> lookups.incrementAndGet() == 1
                ? new InetAddress[] {InetAddress.getByName("203.113.1.10")}
                : new InetAddress[] {InetAddress.getByName("203.113.1.10"), InetAddress.getByName("127.0.0.1")});

        assertThat(rebinding.check("https://hook.example.vn/").getHost()).isEqualTo("hook.example.vn");
        assertThatThrownBy(() -> rebinding.resolve("hook.example.vn")).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> addresses.check("https://localhost./")).isInstanceOf(OutboundAddresses.Refused.class);
    }

    @Test
    void anInternalHostTheOperatorNamesIsExemptAndMayUsePlainHttp() {
        OutboundAddresses bridge = new OutboundAddresses(Set.of(), Set.of("127.0.0.1"), literals());
        assertThat(bridge.check("http://127.0.0.1:9000/sms").getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> bridge.check("http://localhost:9000/sms")).isInstanceOf(OutboundAddresses.Refused.class);
    }
}
