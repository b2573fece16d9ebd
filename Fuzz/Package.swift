// swift-tools-version: 6.0
// Fuzz targets for corrgraph (issue 13), kept in their own package so that the sanitizer builds never
// touch the main package's builds or CI. Each target is an executable whose entry point is libFuzzer's
// `LLVMFuzzerTestOneInput`; build and run them with `make fuzz` from the root (docs/fuzzing.md).
import PackageDescription

// The root package is this manifest's parent folder. A path dependency's identity is that
// folder's name, which differs between checkouts (a CI clone is not named like a developer's),
// so it is derived from where this file is rather than written out.
let manifestFolder = String(#filePath.dropLast("/Package.swift".count))
let rootPath = String(manifestFolder[..<manifestFolder.lastIndex(of: "/")!])
let rootIdentity = String(rootPath[rootPath.index(after: rootPath.lastIndex(of: "/")!)...])

/// One libFuzzer target: `Sources/<name>/<name>.swift` against the root package's library.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: [.product(name: "Corrgraph", package: rootIdentity)])
}

let package = Package(
    name: "corrgraph-fuzz",
    dependencies: [.package(path: rootPath)],
    targets: [
        // Readers, on the fuzzer's bytes as a file's contents.
        fuzzTarget("FuzzListing"),
        fuzzTarget("FuzzHTML"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzJSONLines"),
        fuzzTarget("FuzzCMIF"),
        // Title and summary extraction (and name resolution of what it finds).
        fuzzTarget("FuzzExtract"),
        // The DOT writer: hostile names and titles must still give DOT that cgraph reads.
        fuzzTarget("FuzzDOT"),
    ],
    swiftLanguageModes: [.v6]
)
