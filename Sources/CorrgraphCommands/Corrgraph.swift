import ArgumentParser
import CorrgraphRead
import Foundation

/// `corrgraph`: archival catalogue listings → correspondence networks.
///
/// ```swift
/// Corrgraph.runFromCommandLine()                              // main.swift: the process's arguments
/// Corrgraph.runFromCommandLine(["stats", "--ego", "Mao"])     // the same as `corrgraph stats --ego Mao`
/// ```
public struct Corrgraph: ParsableCommand {
    /// The command's name, help text, version and subcommands; `run` is the default.
    public static let configuration = CommandConfiguration(
        commandName: "corrgraph",
        abstract: "Turn archival catalogue listings into correspondence networks.",
        discussion: """
            Reads catalogue records (listing pages as text or HTML, CSV, JSON Lines, CMIF), extracts who \
            wrote to whom and through whom, resolves people, and writes diagrams, rankings and tables.
            With no command, runs the main job on the bundled sample corpus and writes Output/.
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, ExtractCommand.self, GraphCommand.self, CentralityCommand.self,
                      IntermediariesCommand.self, StatsCommand.self, PeopleCommand.self, ExportCommand.self,
                      ReportCommand.self],
        defaultSubcommand: RunCommand.self)

    /// The root command with no arguments parsed (ArgumentParser's requirement).
    public init() {}

    /// The subcommands' names, as typed.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// `corrgraph frobnicate`: a first argument that reads like a command word (letters and hyphens only),
    /// is none of the commands, and names no file, is a mistyped command, not an input of the default `run`.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.isEmpty, first.allSatisfy({ $0.isLetter || $0 == "-" }),
              !first.hasPrefix("-"), first != "help", !commandNames.contains(first),
              !FileManager.default.fileExists(atPath: first) else { return nil }
        return first
    }

    /// Parses the arguments, runs the command and exits with the contract's status:
    /// 0 success, 1 input that could not be read, 2 bad usage.
    public static func runFromCommandLine(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        Interruption.install()
        do {
            if let unknown = unknownCommand(in: arguments) {
                FileHandle.standardError.write(Data("""
                    corrgraph: error: unknown command '\(unknown)'; the commands are \(commandNames.joined(separator: ", ")) \
                    (see 'corrgraph --help'). To read a file of that name, write ./\(unknown)

                    """.utf8))
                Foundation.exit(2)
            }
            var command = try parseAsRoot(arguments)
            try command.run()
            if let timings = StageClock.shared.summary() {
                FileHandle.standardError.write(Data("corrgraph: timings: \(timings)\n".utf8))
            }
            Foundation.exit(0)
        } catch let error as ReadError {
            FileHandle.standardError.write(Data("corrgraph: error: \(error)\n".utf8))
            Foundation.exit(1)
        } catch let error as CommandError {
            FileHandle.standardError.write(Data("corrgraph: error: \(error)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue == 64 ? 2 : 1)
        }
    }
}
