package com.weibao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (Weibao and the benchmark clients) and by a database server running on this
 * machine. Divided by the work done it gives CPU per case, and shows whether the JVM or the database spends it.
 */
final class CpuTime {

    /** Linux reports process times in USER_HZ ticks, 100 per second on every architecture it runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Set<String> DATABASE_SERVERS = Set.of("mariadbd", "mysqld");

    private CpuTime() {
    }

    /** Nanoseconds of CPU this JVM has used. */
    static long jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Nanoseconds of CPU the local MariaDB/MySQL server has used; empty if none runs on this machine. */
    static OptionalLong databaseServer() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTime::isDatabaseServer)
                    .mapToLong(CpuTime::ticks)
                    .filter(ticks -> ticks >= 0)
                    .map(ticks -> ticks * NANOS_PER_TICK)
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isDatabaseServer(Path process) {
        try {
            return DATABASE_SERVERS.contains(Files.readString(process.resolve("comm")).strip());
        } catch (IOException e) {
            return false;
        }
    }

    /** utime + stime from /proc/PID/stat; the fields after the command name, which may itself hold spaces. */
    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU used between two readings, in milliseconds per unit of work. */
    static double millisPer(long beforeNanos, long afterNanos, long units) {
        return (afterNanos - beforeNanos) / 1e6 / Math.max(1, units);
    }
}
