import Foundation
import CorrgraphRead

/// Paths of the fixtures beside this file and of the shared corpus next to the package, found
/// from `#filePath` because the test target declares no resources.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root: two levels above this test folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` relative to the package root, where the team's shared corpus lives.
    static let shared = packageRoot.appendingPathComponent("../shared").standardizedFileURL

    static var sharedAvailable: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}

/// Runs `body`, which must throw a `ReadError`, and returns that error (nil when it did not throw one).
func readError(_ body: () throws -> Any) -> ReadError? {
    do {
        _ = try body()
        return nil
    } catch let error as ReadError {
        return error
    } catch {
        return nil
    }
}
