// swift-tools-version: 6.1
// Benchmarks for corrgraph, kept in their own package so that the benchmark library (and its
// build time) never touches the main package's builds or CI. Run from this folder:
//     swift package benchmark
import PackageDescription

// The root package is this manifest's parent folder. A path dependency's identity is that
// folder's name, which differs between checkouts (a CI clone is not named like a developer's),
// so it is derived from where this file is rather than written out.
let manifestFolder = String(#filePath.dropLast("/Package.swift".count))
let rootPath = String(manifestFolder[..<manifestFolder.lastIndex(of: "/")!])
let rootIdentity = String(rootPath[rootPath.index(after: rootPath.lastIndex(of: "/")!)...])

let package = Package(
    name: "corrgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: rootPath),
        // Only the malloc interposer trait: the default traits need a package this mirror lacks.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DiagramBenchmarks",
            dependencies: [
                .product(name: "Corrgraph", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DiagramBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Not a benchmark: one kernel run many times, for callgrind (see its main.swift).
        .executableTarget(
            name: "KernelProbe",
            dependencies: [.product(name: "Corrgraph", package: rootIdentity)],
            path: "Benchmarks/KernelProbe"
        ),
        .executableTarget(
            name: "StageBenchmarks",
            dependencies: [
                .product(name: "Corrgraph", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/StageBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
