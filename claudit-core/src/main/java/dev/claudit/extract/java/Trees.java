package dev.claudit.extract.java;

import com.github.javaparser.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Javaparser's {@link Node#walk(Node.TreeTraversal, Consumer)} and {@link Node#findAll(Class)}, in the same pre-order,
 * on an {@link ArrayDeque}: javaparser's iterator keeps its nodes on a {@link java.util.Stack}, whose every push, peek
 * and pop takes a lock, and the extractors walk each file's tree a dozen times — those locks were a fifth of a
 * langchain4j scan's samples under C1, which does not elide them. {@code TreesTest} requires the same nodes in the
 * same order as javaparser's on real files.
 *
 * <p>A file's tree is walked once, into {@link #of an index}: its nodes in pre-order, where every subtree is a run of
 * consecutive nodes, so each later walk of the file or of one of its bodies is a scan of an array.
 */
final class Trees {

    /** Every node of the tree, in pre-order. */
    private final Node[] order;
    /** For the node at {@code i}: one past the last node of its subtree. */
    private final int[] end;
    private final Map<Node, Integer> position;

    private Trees(Node[] order, int[] end, Map<Node, Integer> position) {
        this.order = order;
        this.end = end;
        this.position = position;
    }

    /** The index of the tree under {@code root}; the tree must not change while it is used. */
    static Trees of(Node root) {
        List<Node> nodes = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        ArrayDeque<Node> pending = new ArrayDeque<>();
        ArrayDeque<Integer> pendingParents = new ArrayDeque<>();
        pending.push(root);
        pendingParents.push(-1);
        while (!pending.isEmpty()) {
            Node next = pending.pop();
            int parent = pendingParents.pop();
            int at = nodes.size();
            nodes.add(next);
            parents.add(parent);
            List<Node> children = next.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
                pendingParents.push(at);
            }
        }
        int n = nodes.size();
        int[] end = new int[n];
        Map<Node, Integer> position = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            end[i] = i + 1;
            position.put(nodes.get(i), i);
        }
        // a subtree ends where its last descendant's does: children come after their parent, so one backward pass
        for (int i = n - 1; i > 0; i--) {
            int p = parents.get(i);
            if (end[i] > end[p]) end[p] = end[i];
        }
        return new Trees(nodes.toArray(new Node[0]), end, position);
    }

    /** {@link #preorder} of a node of this tree (any other node is walked). */
    void each(Node under, Consumer<Node> visit) {
        Integer at = position.get(under);
        if (at == null) {
            preorder(under, visit);
            return;
        }
        for (int i = at, to = end[at]; i < to; i++) visit.accept(order[i]);
    }

    /** {@link #findAll} under a node of this tree (any other node is walked). */
    <T extends Node> List<T> all(Node under, Class<T> type) {
        Integer at = position.get(under);
        if (at == null) return findAll(under, type);
        List<T> found = new ArrayList<>();
        for (int i = at, to = end[at]; i < to; i++) {
            if (type.isInstance(order[i])) found.add(type.cast(order[i]));
        }
        return found;
    }

    /** Every node of the tree under {@code root}, {@code root} first, each before its children, children in order. */
    static void preorder(Node root, Consumer<Node> visit) {
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node next = pending.pop();
            List<Node> children = next.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
            visit.accept(next);
        }
    }

    /** The nodes of {@code type} (its subclasses too) under {@code root}, {@code root} included, in pre-order. */
    static <T extends Node> List<T> findAll(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        preorder(root, n -> {
            if (type.isInstance(n)) found.add(type.cast(n));
        });
        return found;
    }
}
