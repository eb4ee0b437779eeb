import Foundation
import PartyDayKit
import PartyDayUI

/// Where the open form's long text is kept while typed: `.partyday/draft.plist` (derived,
/// never synced), one draft at a time, removed when the form closes.
enum FormDraftFile {
    static let path = ".partyday/draft.plist"

    static func read(in folder: URL) -> FormDraft? {
        guard FolderLinks.leadsOut(".partyday", in: folder) == nil,
              let data = try? Data(contentsOf: folder.appendingPathComponent(path)), data.count < 4 << 20 else { return nil }
        return try? PropertyListDecoder().decode(FormDraft.self, from: data)
    }

    /// Best effort: a draft that cannot be written costs nothing else (the form's text is
    /// still on screen, and saved with the form).
    static func write(_ draft: FormDraft?, in folder: URL) {
        guard FolderLinks.leadsOut(".partyday", in: folder) == nil else { return }
        let url = folder.appendingPathComponent(path)
        guard let draft else {
            try? FileManager.default.removeItem(at: url)
            return
        }
        guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path),
              let data = try? PropertyListEncoder().encode(draft) else { return }
        try? AtomicFile.write(data, to: url)
    }
}
