import Foundation

/// A fresh folder under the system temp folder, removed when the test lets go of it.
final class Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-cli-\(UUID().uuidString)")
    }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The built executables sit beside the test bundle in the build folder.
func builtProduct(_ name: String) throws -> URL {
    let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0])
    var folder = testBinary.deletingLastPathComponent()
    // On some platforms the test binary sits inside a bundle folder.
    while !folder.path.isEmpty, folder.path != "/" {
        let candidate = folder.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder = folder.deletingLastPathComponent()
        if folder.lastPathComponent == ".build" { break }
    }
    throw ProductMissing(name: name)
}

struct ProductMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) was not built next to the tests; run `swift build` first" }
}

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion with a clean locale and no interactive crash handler.
@discardableResult
func run(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "interactive=no"
    environment["LANG"] = "C.UTF-8"
    environment.removeValue(forKey: "PARTYDAY_DATA_DIR")
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a chatty process cannot block on a full pipe.
    let errData = ErrorCollector(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData.wait(), as: UTF8.self))
}

@discardableResult
func partyday(_ arguments: String...) throws -> RunResult {
    try run(try builtProduct("partyday"), arguments)
}

/// Reads a pipe on another thread.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Runs a tool that is not part of partyday (python3, xmllint); fails clearly when missing.
func tool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) {
            return try run(candidate, arguments, environment: environment)
        }
    }
    throw ToolMissing(name: name)
}

struct ToolMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "\(name) is not installed (bash .ci/run installs it: python3, libxml2-utils)" }
}
