// swift-tools-version: 6.0
// corrgraph: archival catalogue listings → correspondence networks.
// Modules follow the data: Read → Extract → Resolve → Graph → Analyse → Emit, with Render
// (the only module that links Graphviz) and a thin command line on top.
import PackageDescription

let package = Package(
    name: "corrgraph",
    products: [
        .executable(name: "corrgraph", targets: ["corrgraph"]),
        .library(name: "Corrgraph", targets: [
            "CorrgraphRead", "CorrgraphExtract", "CorrgraphResolve", "CorrgraphGraph",
            "CorrgraphAnalyse", "CorrgraphEmit", "CorrgraphRender",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Read: catalogue records from listing pages, HTML, CSV, JSON Lines and CMIF.
        .target(name: "CorrgraphRead"),
        // Extract: the grammar of catalogue titles and summaries → correspondence acts with surface names.
        .target(name: "CorrgraphExtract", dependencies: ["CorrgraphRead"]),
        // Resolve: surface names → one identity per person, with an audit of every merge.
        .target(name: "CorrgraphResolve", dependencies: ["CorrgraphExtract"]),
        // Graph: correspondents, dated messages with provenance, relay hops, conversations; CSR storage.
        .target(name: "CorrgraphGraph", dependencies: ["CorrgraphResolve"]),
        // Analyse: centrality, intermediaries and brokerage, pair statistics.
        .target(name: "CorrgraphAnalyse", dependencies: ["CorrgraphGraph"]),
        // Emit: DOT, tables, graph exchange formats, extraction JSON Lines, HTML report.
        .target(name: "CorrgraphEmit", dependencies: ["CorrgraphAnalyse"]),
        // Render: DOT → SVG/PNG/PDF in-process through libgvc.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc",
                       providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "CorrgraphRender", dependencies: ["CGraphviz"]),
        // The command line: argument parsing and wiring of the stages.
        .target(name: "CorrgraphCommands", dependencies: [
            "CorrgraphEmit", "CorrgraphRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], resources: [.copy("Sample")]),
        .executableTarget(name: "corrgraph", dependencies: ["CorrgraphCommands"]),

        .testTarget(name: "CorrgraphReadTests", dependencies: ["CorrgraphRead", "CorrgraphTestSupport"], exclude: ["Fixtures"]),
        // Test helpers: Acts (records run through extraction and resolution, described as text: "A → B via C",
        // "{A, B}") and InventedNames (long lists of distinct invented names).
        .target(name: "CorrgraphTestSupport", dependencies: ["CorrgraphResolve"], path: "Tests/CorrgraphTestSupport"),
        .testTarget(name: "CorrgraphExtractTests", dependencies: ["CorrgraphResolve", "CorrgraphTestSupport"]),
        .testTarget(name: "CorrgraphResolveTests", dependencies: ["CorrgraphResolve", "CorrgraphTestSupport"]),
        .testTarget(name: "CorrgraphAnalyseTests", dependencies: ["CorrgraphAnalyse"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CorrgraphEmitTests", dependencies: ["CorrgraphEmit", "CorrgraphRender"]),
        .testTarget(name: "CorrgraphCommandsTests", dependencies: ["CorrgraphCommands", "corrgraph"]),
    ],
    swiftLanguageModes: [.v6]
)
