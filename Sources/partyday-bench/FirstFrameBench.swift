import Foundation

/// Process start to the first rendered home screen, and to the home screen with every
/// panel filled, timed from outside: the bench starts `partyday --snapshot` and notes
/// when the first frame's bytes arrive and when the output closes after the completed frame.
enum FirstFrameBench {
    struct Result {
        var firstFrameMs: Double
        var homeCompleteMs: Double
    }

    static func run(folder: URL, runs: Int = 15) -> Result? {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("partyday")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { return nil }
        var firsts: [Double] = [], completes: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--data-dir", folder.path, "--snapshot"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            guard (try? process.run()) != nil else { return nil }
            let handle = pipe.fileHandleForReading
            // The first frame is the first write; the completed one is written last, just before exit.
            var first: Double?
            while !handle.availableData.isEmpty {
                if first == nil { first = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
            }
            let complete = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            process.waitUntilExit()
            guard process.terminationStatus == 0, let first else { return nil }
            firsts.append(first)
            completes.append(complete)
        }
        firsts.sort()
        completes.sort()
        return Result(firstFrameMs: firsts[firsts.count / 2], homeCompleteMs: completes[completes.count / 2])
    }
}
