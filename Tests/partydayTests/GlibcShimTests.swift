import Foundation
import Testing

/// The release links against glibc 2.28 with zig (scripts/glibc228): each symbol the shim
/// gives the runtime does what the newer glibc's does — including the ENOSYS answer where
/// the glibc has no posix_spawn_file_actions_addchdir_np. Runs where ziglang is installed
/// (.ci/run installs it).
@Suite struct GlibcShimTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/glibc228")
    static let hasZig = (try? tool("python3", ["-c", "import ziglang"]).status) == 0

    @Test(.enabled(if: GlibcShimTests.hasZig, "ziglang is not installed"), arguments: [false, true])
    func everyShimmedSymbolWorksLinkedForGlibc228(withoutAddchdir: Bool) throws {
        let program = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-shim-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: program) }
        let defines = withoutAddchdir ? ["-DEXPECT_ENOSYS", "-DSHIM_ADDCHDIR_VERSION=\"GLIBC_9.99\""] : []
        let target = "\(ProcessInfo.processInfo.machineHardwareName)-linux-gnu.2.28"
        let build = try tool("python3", ["-m", "ziglang", "cc", "-target", target] + defines
                             + [Self.folder.appendingPathComponent("shim-test.c").path, Self.folder.appendingPathComponent("shim.c").path,
                                "-o", program.path, "-ldl"])
        #expect(build.status == 0, "\(build.stderr)")
        let result = try run(program, [])
        #expect(result.status == 0 && result.stdout == "shim-test: ok\n", "\(result.stderr)")
        // Linked for 2.28: nothing newer is asked of the glibc it runs on.
        let symbols = try tool("objdump", ["-T", program.path]).stdout
        let newest = symbols.components(separatedBy: "GLIBC_2.").dropFirst().compactMap { $0.split(separator: " ").first.flatMap { Double(String($0).prefix { "0123456789.".contains($0) }) } }.max() ?? 0
        #expect(newest <= 28, "needs GLIBC_2.\(newest)")
    }

    /// glibc 2.38's symbols the arm64 toolchain expects (shim-c23.c), tried on this machine.
    @Test(.enabled(if: GlibcShimTests.hasZig, "ziglang is not installed"))
    func theC23AndStrlcpyShimsWorkLinkedForGlibc228() throws {
        let program = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-shim-c23-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: program) }
        let target = "\(ProcessInfo.processInfo.machineHardwareName)-linux-gnu.2.28"
        let build = try tool("python3", ["-m", "ziglang", "cc", "-target", target,
                                         Self.folder.appendingPathComponent("shim-c23-test.c").path, Self.folder.appendingPathComponent("shim-c23.c").path,
                                         "-o", program.path])
        #expect(build.status == 0, "\(build.stderr)")
        let result = try run(program, [])
        #expect(result.status == 0 && result.stdout == "shim-c23-test: ok\n", "\(result.stderr)")
    }
}

extension ProcessInfo {
    /// x86_64 or aarch64, as uname -m says.
    var machineHardwareName: String {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
