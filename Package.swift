// swift-tools-version:6.0
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
    ],
    targets: [
        // Model, rules and the property-list store: no UI, no terminal.
        .target(name: "PartyDayKit"),
        .executableTarget(
            name: "partyday",
            dependencies: [
                "PartyDayKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "partyday-bench", dependencies: ["PartyDayKit"]),
        // A writer that the crash-safety and lock tests start and kill; not for users.
        .executableTarget(name: "partyday-test-writer", dependencies: ["PartyDayKit"]),
        .testTarget(name: "PartyDayKitTests", dependencies: ["PartyDayKit"]),
        .testTarget(name: "partydayTests", dependencies: ["PartyDayKit"]),
    ]
)
