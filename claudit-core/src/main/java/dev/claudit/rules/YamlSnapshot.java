package dev.claudit.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The built-in YAML resources as the object trees SnakeYAML's {@code SafeConstructor} makes of them, in a binary form
 * read with {@link DataInputStream}: a scan then starts without loading SnakeYAML (its classes, its parser and the
 * {@code java.util.logging} set-up it brings cost a hook run tens of milliseconds). {@link YamlSnapshotBuild} writes it
 * into the jar at build time; {@link YamlResources} serves a resource from it.
 *
 * <p>It cannot serve a stale tree: each entry carries the length and CRC-32 of the YAML bytes it was made from, and is
 * used only for a resource whose bytes on the class path have both (an edited rule file in an IDE build that did not
 * run the snapshot step is parsed as YAML). The check guards against a stale build, not an attacker (whoever can edit
 * the jar's YAML can edit the snapshot), so a CRC, ~0.3 ms for all the rules against ~25 ms for a cold SHA-256, is
 * enough: it catches every edit of up to 32 consecutive bits and misses others with odds of 2<sup>-32</sup>. The whole
 * body carries a CRC-32 too, and a snapshot that fails it, or has another version, is not read at all.
 *
 * <p>Layout: {@code MAGIC VERSION crc32(body) body}; the body is a count of entries, each {@code resource
 * yamlLength yamlCrc examplesCut treeLength tree}. A tree is one tagged value; strings are UTF-8 and each entry has its
 * own table of the strings it has already written, so that repeated keys are written once and entries decode alone.
 */
final class YamlSnapshot {

    static final int MAGIC = 0x434C5953; // "CLYS"
    static final int VERSION = 1;

    private static final byte NULL = 0, TRUE = 1, FALSE = 2, INT = 3, LONG = 4, DOUBLE = 5, STRING = 6, STRING_AGAIN = 7,
            DATE = 8, LIST = 9, MAP = 10;

    /** One resource's entry: what its YAML bytes were, whether its {@code examples:} were cut, where its tree is. */
    private record Entry(int yamlLength, long yamlCrc, boolean examplesCut, int treeOffset, int treeLength) {
    }

    private final byte[] bytes;
    private final Map<String, Entry> entries;

    private YamlSnapshot(byte[] bytes, Map<String, Entry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /** The snapshot in these bytes; empty when they are not one of this version, or are truncated or corrupt. */
    static Optional<YamlSnapshot> parse(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != VERSION) return Optional.empty();
            long crc = in.readInt() & 0xFFFFFFFFL;
            int bodyStart = 12;
            if (crc(bytes, bodyStart, bytes.length - bodyStart) != crc) return Optional.empty();
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String resource = new String(readBytes(in), StandardCharsets.UTF_8);
                int yamlLength = in.readInt();
                long yamlCrc = in.readInt() & 0xFFFFFFFFL;
                boolean cut = in.readBoolean();
                int treeLength = in.readInt();
                int treeOffset = bytes.length - in.available();
                if (treeLength < 0 || in.skipBytes(treeLength) != treeLength) return Optional.empty();
                entries.put(resource, new Entry(yamlLength, yamlCrc, cut, treeOffset, treeLength));
            }
            return in.available() == 0 ? Optional.of(new YamlSnapshot(bytes, Map.copyOf(entries))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The tree of {@code resource}, whose bytes on the class path are {@code yaml}, as SnakeYAML makes it (of the text
     * without its top-level {@code examples:} when {@code withoutExamples}); a new tree each call, which the caller may
     * change. Empty when the snapshot lacks the resource, holds it for other bytes, cut examples the caller wants, or
     * cannot decode it.
     */
    Optional<Object> tree(String resource, byte[] yaml, boolean withoutExamples) {
        return tree(resource, yaml.length, crc(yaml, 0, yaml.length), withoutExamples);
    }

    /** {@link #tree(String, byte[], boolean)} for YAML bytes known by their length and CRC-32 (a jar's directory records both). */
    Optional<Object> tree(String resource, long yamlLength, long yamlCrc, boolean withoutExamples) {
        Entry e = entries.get(resource);
        if (e == null || e.yamlLength() != yamlLength || e.yamlCrc() != yamlCrc) return Optional.empty();
        if (e.examplesCut() && !withoutExamples) return Optional.empty();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, e.treeOffset(), e.treeLength()));
            Object tree = read(in, new ArrayList<>());
            return in.available() == 0 ? Optional.ofNullable(tree) : Optional.empty();
        } catch (IOException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    /** The resources this snapshot holds. */
    java.util.Set<String> resources() {
        return entries.keySet();
    }

    /**
     * What one resource goes into a snapshot as: its name on the class path (no leading slash), its YAML bytes, whether
     * the tree is of the text without its {@code examples:}, and that tree.
     */
    record Source(String resource, byte[] yaml, boolean examplesCut, Object tree) {
    }

    /**
     * The snapshot of these resources.
     *
     * @throws IllegalArgumentException when a tree holds a value of a type the format has no tag for (add one)
     */
    static byte[] write(List<Source> sources) {
        try {
            ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
            DataOutputStream body = new DataOutputStream(bodyBytes);
            body.writeInt(sources.size());
            for (Source s : sources) {
                ByteArrayOutputStream treeBytes = new ByteArrayOutputStream();
                write(new DataOutputStream(treeBytes), s.tree(), new HashMap<>(), s.resource());
                writeBytes(body, s.resource().getBytes(StandardCharsets.UTF_8));
                body.writeInt(s.yaml().length);
                body.writeInt((int) crc(s.yaml(), 0, s.yaml().length));
                body.writeBoolean(s.examplesCut());
                writeBytes(body, treeBytes.toByteArray());
            }
            byte[] b = bodyBytes.toByteArray();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt((int) crc(b, 0, b.length));
            out.write(b);
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static void write(DataOutputStream out, Object o, Map<String, Integer> written, String resource) throws IOException {
        if (o == null) {
            out.writeByte(NULL);
        } else if (o instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (o instanceof Integer n) {
            out.writeByte(INT);
            out.writeInt(n);
        } else if (o instanceof Long n) {
            out.writeByte(LONG);
            out.writeLong(n);
        } else if (o instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (o instanceof String s) {
            Integer index = written.get(s);
            if (index != null) {
                out.writeByte(STRING_AGAIN);
                out.writeInt(index);
            } else {
                written.put(s, written.size());
                out.writeByte(STRING);
                writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
            }
        } else if (o.getClass() == Date.class) {
            out.writeByte(DATE);
            out.writeLong(((Date) o).getTime());
        } else if (o.getClass() == ArrayList.class) {
            List<?> list = (List<?>) o;
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object x : list) write(out, x, written, resource);
        } else if (o.getClass() == LinkedHashMap.class) {
            Map<?, ?> map = (Map<?, ?>) o;
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey(), written, resource);
                write(out, e.getValue(), written, resource);
            }
        } else {
            throw new IllegalArgumentException(resource + ": SnakeYAML made a " + o.getClass().getName()
                    + ", which the snapshot has no tag for (add one to YamlSnapshot)");
        }
    }

    private static Object read(DataInputStream in, List<String> strings) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL: return null;
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            case INT: return in.readInt();
            case LONG: return in.readLong();
            case DOUBLE: return in.readDouble();
            case STRING: {
                String s = new String(readBytes(in), StandardCharsets.UTF_8);
                strings.add(s);
                return s;
            }
            case STRING_AGAIN: return strings.get(in.readInt());
            case DATE: return new Date(in.readLong());
            case LIST: {
                int n = count(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(read(in, strings));
                return list;
            }
            case MAP: {
                int n = count(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    Object key = read(in, strings);
                    map.put(key, read(in, strings));
                }
                return map;
            }
            default: throw new IOException("unknown tag " + tag);
        }
    }

    /** A count of items that follow, each at least one byte: more than the bytes left is corruption, not an allocation. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad count " + n);
        return n;
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return b;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static long crc(byte[] b, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(b, offset, length);
        return crc.getValue();
    }
}
