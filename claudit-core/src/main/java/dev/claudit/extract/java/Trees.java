package dev.claudit.extract.java;

import com.github.javaparser.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Javaparser's {@link Node#walk(Node.TreeTraversal, Consumer)} and {@link Node#findAll(Class)}, in the same pre-order,
 * on an {@link ArrayDeque}: javaparser's iterator keeps its nodes on a {@link java.util.Stack}, whose every push, peek
 * and pop takes a lock, and the extractors walk each file's tree a dozen times — those locks were a fifth of a
 * langchain4j scan's samples under C1, which does not elide them. {@code TreesTest} requires the same nodes in the
 * same order as javaparser's on real files.
 */
final class Trees {

    private Trees() {
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
