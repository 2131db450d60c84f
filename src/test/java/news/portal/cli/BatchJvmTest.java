package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchJvmTest {

    static final long MIB = 1024 * 1024;
    static final long GIB = 1024 * MIB;

    @Test
    void a_small_site_gets_one_gigabyte() {
        assertThat(BatchJvm.heap(0, 24 * GIB)).isEqualTo("-Xmx1024m");
        assertThat(BatchJvm.heap(50 * MIB, 24 * GIB)).isEqualTo("-Xmx1024m");
    }

    @Test
    void a_large_site_gets_four_times_its_markdown_and_half_a_gigabyte() {
        assertThat(BatchJvm.heap(252 * MIB, 24 * GIB)).isEqualTo("-Xmx1520m");
        assertThat(BatchJvm.heap(1000 * MIB, 24 * GIB)).isEqualTo("-Xmx4512m");
    }

    @Test
    void never_more_than_half_the_memory() {
        assertThat(BatchJvm.heap(1000 * MIB, 4 * GIB)).isEqualTo("-Xmx2048m");
        assertThat(BatchJvm.heap(1000 * MIB, 1 * GIB)).isEqualTo("-Xmx512m");
    }

    @Test
    void half_the_memory_wins_over_the_one_gigabyte_floor_on_a_small_machine() {
        assertThat(BatchJvm.heap(0, 1536 * MIB)).isEqualTo("-Xmx768m");
        assertThat(BatchJvm.heap(0, 2 * GIB)).isEqualTo("-Xmx1024m");
    }
}
