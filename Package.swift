// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "partyday",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partyday", targets: ["partyday"]),
        .executable(name: "partyday-bench", targets: ["partyday-bench"]),
        .library(name: "PartyDayKit", targets: ["PartyDayKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Writes the ZIP container of .docx and .xlsx exports (reading rosters is ZipReader's).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // Model, rules and the property-list store: no UI, no terminal.
        .target(name: "PartyDayKit", dependencies: ["PDZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // zlib, for the parts of an .xlsx roster (see ZipReader).
        // (Named apart from ZIPFoundation's own zlib module, CZlib.)
        .systemLibrary(name: "PDZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The terminal program's core: update(state, event) and render(state, size). No ncurses, no disk.
        .target(name: "PartyDayUI", dependencies: ["PartyDayKit"]),
        // Performs the core's effects against the store: one runner for the shell, the
        // snapshot, the benchmark and the tests.
        .target(name: "PartyDayRuntime", dependencies: ["PartyDayKit", "PartyDayUI"]),
        // ncursesw, imported only by the partyday executable's terminal adapter.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .executableTarget(
            name: "partyday",
            dependencies: [
                "PartyDayKit",
                "PartyDayUI",
                "PartyDayRuntime",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "partyday-bench", dependencies: ["PartyDayKit", "PartyDayUI", "PartyDayRuntime", "partyday"]),
        // A writer that the crash-safety and lock tests start and kill; not for users.
        .executableTarget(name: "partyday-test-writer", dependencies: ["PartyDayKit"]),
        // What the test targets share (no test of its own): whether a text meant for a
        // Chinese reader still holds English words.
        .target(name: "PartyDayTestSupport", path: "Tests/PartyDayTestSupport"),
        // Golden files are read by path from the sources, not bundled.
        .testTarget(name: "PartyDayKitTests", dependencies: ["PartyDayKit", "PartyDayTestSupport"], exclude: ["Export/Golden"]),
        .testTarget(name: "PartyDayUITests", dependencies: ["PartyDayUI", "PartyDayKit", "PartyDayRuntime", "PartyDayTestSupport"]),
        .testTarget(name: "partydayTests", dependencies: ["PartyDayKit", "PartyDayTestSupport"], exclude: ["Fixtures"]),
    ]
)

// libFuzzer targets (Fuzz/, run by scripts/fuzz.sh): declared only when PARTYDAY_FUZZ is
// set, since they have no main of their own and link only with -sanitize=fuzzer.
if ProcessInfo.processInfo.environment["PARTYDAY_FUZZ"] != nil {
    let kit: [Target.Dependency] = ["PartyDayKit"]
    let ui: [Target.Dependency] = ["PartyDayKit", "PartyDayUI", "PartyDayRuntime"]
    for (name, dependencies) in [("fuzz-records", kit), ("fuzz-index", kit), ("fuzz-roster", kit),
                                 ("fuzz-escape", ui), ("fuzz-dates", kit), ("fuzz-update", ui), ("fuzz-dues", kit), ("fuzz-sync-names", kit)] {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies, path: "Fuzz/\(name)", exclude: ["corpus"]))
    }
}
