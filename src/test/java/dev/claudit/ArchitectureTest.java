package dev.claudit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * claudit is offline by construction and layered as style.md says; these rules read the compiled classes, so a
 * change that breaks them fails the build whatever its tests do.
 */
@AnalyzeClasses(packages = "dev.claudit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] NETWORK_PACKAGES = {"java.net.http..", "javax.net..", "jdk.net..", "java.rmi..",
            "com.sun.net.httpserver..", "okhttp3..", "com.squareup.okhttp..", "org.apache.http..", "org.apache.hc..",
            "io.netty..", "org.eclipse.jetty.client..", "org.springframework.web.client..", "org.eclipse.jgit.transport.."};

    @ArchTest
    static final ArchRule noSocketsOrHttpClients = noClasses().that().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().belongToAnyOf(Socket.class, ServerSocket.class, DatagramSocket.class,
                    HttpURLConnection.class, URLConnection.class, SocketChannel.class, ServerSocketChannel.class,
                    DatagramChannel.class, AsynchronousSocketChannel.class, AsynchronousServerSocketChannel.class)
            .orShould().dependOnClassesThat().resideInAnyPackage(NETWORK_PACKAGES)
            .because("claudit never touches the network (design.md)");

    @ArchTest
    static final ArchRule noUrlFetchingOrNameLookups = noClasses().that().resideInAPackage("dev.claudit..")
            .should().callMethodWhere(calling(URL.class, "openConnection", "openStream", "getContent"))
            .orShould().callMethodWhere(calling(InetAddress.class, "getByName", "getAllByName", "getLocalHost",
                    "getByAddress", "getCanonicalHostName", "getHostName", "isReachable"))
            .because("a URL in a scanned file is text to check, never something to fetch or resolve");

    @ArchTest
    static final ArchRule noFileChannels = noClasses().that().resideInAPackage("dev.claudit..")
            .and().doNotHaveFullyQualifiedName("dev.claudit.workspace.FileStreams") // names java.io cannot open
            .should().callMethodWhere(calling(java.nio.file.Files.class, "newInputStream", "newOutputStream",
                    "newByteChannel", "readAllBytes", "readString", "readAllLines", "lines", "write", "writeString",
                    "newBufferedReader", "newBufferedWriter", "createTempFile", "copy"))
            .orShould().callMethodWhere(calling(java.nio.channels.FileChannel.class, "open"))
            .orShould().callMethodWhere(calling(java.io.FileInputStream.class, "getChannel"))
            .orShould().callMethodWhere(calling(java.io.FileOutputStream.class, "getChannel"))
            .orShould().callMethodWhere(calling(java.io.RandomAccessFile.class, "getChannel"))
            .because("a FileChannel loads the JDK's networking library, which creates AF_INET and AF_INET6 sockets "
                    + "to probe the stack: read and write through dev.claudit.workspace.FileStreams");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.claudit.cli..")
            .layer("report").definedBy("dev.claudit.report..")
            .layer("rules").definedBy("dev.claudit.rules..")
            .layer("extract").definedBy("dev.claudit.extract..")
            .layer("workspace").definedBy("dev.claudit.workspace..")
            .layer("facts").definedBy("dev.claudit.facts..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("rules").mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("workspace").mayOnlyBeAccessedByLayers("extract", "cli")
            .because("dependencies point one way, downstream (style.md)");

    @ArchTest
    static final ArchRule factsDependOnNothingOfOurs = noClasses().that().resideInAPackage("dev.claudit.facts..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.claudit.workspace..", "dev.claudit.extract..",
                    "dev.claudit.rules..", "dev.claudit.report..", "dev.claudit.cli..")
            .because("facts are the language-neutral model every stage shares (style.md)");

    @ArchTest
    static final ArchRule everyClassIsInAStage = classes().that().resideInAPackage("dev.claudit..")
            .should().resideInAnyPackage("dev.claudit.workspace..", "dev.claudit.extract..", "dev.claudit.facts..",
                    "dev.claudit.rules..", "dev.claudit.report..", "dev.claudit.cli..")
            .because("packages read as the pipeline: workspace, extract, facts, rules, report, cli (style.md)");

    @ArchTest
    static final ArchRule detectorsNeverSeeParserTypes = noClasses()
            .that().resideInAnyPackage("dev.claudit.rules.detectors..", "dev.claudit.facts..", "dev.claudit.report..",
                    "dev.claudit.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.javaparser..", "org.yaml.snakeyaml..")
            .because("rules read facts, never javaparser or snakeyaml types (design.md)");

    @ArchTest
    static final ArchRule javaparserStaysInTheJavaExtractor = noClasses()
            .that().resideOutsideOfPackage("dev.claudit.extract.java..")
            .and().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..");

    @ArchTest
    static final ArchRule yamlIsNeverConstructedIntoArbitraryObjects = noClasses().that().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().belongToAnyOf(org.yaml.snakeyaml.constructor.Constructor.class,
                    org.yaml.snakeyaml.constructor.CustomClassLoaderConstructor.class)
            // without Constructor, the only constructor one can hand to Yaml is a SafeConstructor; the Yaml
            // constructors that take none make a Constructor of their own
            .orShould().callConstructorWhere(DescribedPredicate.describe("a Yaml constructor that makes its own Constructor",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(org.yaml.snakeyaml.Yaml.class)
                            && (call.getTarget().getRawParameterTypes().isEmpty()
                            || !call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(org.yaml.snakeyaml.constructor.BaseConstructor.class))))
            .because("YAML from a scanned repository is composed or safely constructed, never turned into arbitrary objects");

    @ArchTest
    static final ArchRule noPolymorphicJsonTyping = noClasses().that().resideInAPackage("dev.claudit..")
            .should().callMethodWhere(calling(com.fasterxml.jackson.databind.ObjectMapper.class, "activateDefaultTyping",
                    "activateDefaultTypingAsProperty", "enableDefaultTyping", "enableDefaultTypingAsProperty"))
            .because("JSON is read as a tree, never into classes named by the input");

    @ArchTest
    static final ArchRule detectorsReportThroughTheFindingBuilder = noClasses().that().resideInAPackage("dev.claudit.rules.detectors..")
            .should().callConstructorWhere(DescribedPredicate.describe("a constructor of Finding",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(dev.claudit.rules.Finding.class)))
            .because("a finding's message is one of its rule's named messages, filled and checked by FindingBuilder (issue 11)");

    @ArchTest
    static final ArchRule noShell = noClasses().that().resideInAPackage("dev.claudit..")
            .should().callMethodWhere(calling(Runtime.class, "exec"))
            .because("no shell is ever run, least of all with text from a scanned file");

    @ArchTest
    static final ArchRule processesOnlyToReadTheRepository = noClasses()
            .that().resideOutsideOfPackage("dev.claudit.workspace..").and().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class)
            .because("only the workspace may start a process (git, to read the index), with fixed arguments");

    /** Calls to any of {@code methods} on {@code owner} or a subclass of it. */
    private static DescribedPredicate<JavaCall<?>> calling(Class<?> owner, String... methods) {
        List<String> names = List.of(methods);
        return DescribedPredicate.describe(owner.getSimpleName() + "." + names,
                call -> call.getTargetOwner().isAssignableTo(owner) && names.contains(call.getName()));
    }
}
