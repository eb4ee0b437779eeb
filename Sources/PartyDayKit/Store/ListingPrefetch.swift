import Foundation

/// The reading of a first listing, done on another thread (`Store.prefetchListing`).
final class ListingPrefetch: @unchecked Sendable {
    typealias Result = (index: MeetingIndexFile.Loaded, listing: MeetingFolderListing)

    private let done = DispatchGroup()
    /// Written once by the worker before it leaves the group; read only after `wait`.
    private var result: Result?

    init(_ work: @escaping @Sendable () -> Result) {
        done.enter()
        DispatchQueue.global(qos: .userInteractive).async {
            self.result = work()
            self.done.leave()
        }
    }

    func wait() -> Result {
        done.wait()
        return result!
    }
}
