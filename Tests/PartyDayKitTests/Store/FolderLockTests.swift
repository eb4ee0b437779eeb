import Foundation
import Testing
@testable import PartyDayKit

@Suite struct FolderLockTests {
    @Test func aSecondWriterOnTheSameFolderIsRefusedWithTheHolderNamed() throws {
        let folder = TempFolder()
        let first = try openStore(folder)
        do {
            _ = try openStore(folder)
            Issue.record("a second writer must be refused")
        } catch let error as StoreError {
            #expect(error.description.contains("in use by another partyday process (pid \(getpid())"))
        }
        #expect(first.access == .readWrite)
        // A reader needs no lock and writes nothing.
        let reader = try openStore(folder, .readOnly)
        #expect(throws: StoreError.readOnly(folder: reader.folder.path)) { try reader.save(fullMeeting()) }
    }

    @Test func theLockIsFreedWhenTheStoreGoesAway() throws {
        let folder = TempFolder()
        do { _ = try openStore(folder) }
        #expect(throws: Never.self) { _ = try openStore(folder) }
    }
}
