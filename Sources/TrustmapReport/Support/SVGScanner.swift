/// A forgiving tokenizer for the SVG sanitiser: start tags, end tags and text.
///
/// Comments, processing instructions, doctypes and CDATA sections are skipped. It never fails:
/// malformed markup degrades into text, which the sanitiser escapes.
struct SVGScanner {
  enum Token: Equatable {
    case start(String, [(String, String)], selfClosing: Bool)
    case end(String)
    case text(String)

    static func == (lhs: Token, rhs: Token) -> Bool {
      switch (lhs, rhs) {
      case (.end(let a), .end(let b)), (.text(let a), .text(let b)): return a == b
      case (.start(let a, let x, let s), .start(let b, let y, let t)):
        return a == b && s == t && x.map { $0.0 + "=" + $0.1 } == y.map { $0.0 + "=" + $0.1 }
      default: return false
      }
    }
  }

  private let characters: [Character]
  private var position = 0

  init(_ text: String) {
    characters = Array(text)
  }

  /// The next token, or nil at the end.
  mutating func next() -> Token? {
    while position < characters.count {
      guard characters[position] == "<" else { return .text(readUntil("<")) }
      if skipMarkupDeclaration() { continue }
      if let token = readTag() { return token }
      position += 1
      return .text("<")
    }
    return nil
  }

  /// Skips to just after `</name` … `>` (case-insensitive), for raw-text elements.
  mutating func skipRawText(until name: String) {
    let closing = Array("</" + name.lowercased())
    while position < characters.count {
      let window = characters[position..<min(position + closing.count, characters.count)]
      if window.map({ Character($0.lowercased()) }) == closing {
        _ = readUntil(">")
        position += 1
        return
      }
      position += 1
    }
  }

  private mutating func readUntil(_ stop: Character) -> String {
    let start = position
    while position < characters.count && characters[position] != stop { position += 1 }
    return String(characters[start..<position])
  }

  private func hasPrefix(_ prefix: String) -> Bool {
    let prefixCharacters = Array(prefix)
    guard position + prefixCharacters.count <= characters.count else { return false }
    return Array(characters[position..<position + prefixCharacters.count]) == prefixCharacters
  }

  private mutating func skipMarkupDeclaration() -> Bool {
    for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"), ("<!", ">")]
    where hasPrefix(open) {
      position += open.count
      while position < characters.count && !hasPrefix(close) { position += 1 }
      position = min(position + close.count, characters.count)
      return true
    }
    return false
  }

  private mutating func readTag() -> Token? {
    let start = position
    position += 1
    let isEnd = position < characters.count && characters[position] == "/"
    if isEnd { position += 1 }
    let name = readName()
    guard !name.isEmpty else {
      position = start
      return nil
    }
    if isEnd {
      _ = readUntil(">")
      position = min(position + 1, characters.count)
      return .end(name)
    }
    var attributes: [(String, String)] = []
    while position < characters.count {
      skipSpace()
      guard position < characters.count else { break }
      if characters[position] == ">" {
        position += 1
        return .start(name, attributes, selfClosing: false)
      }
      if hasPrefix("/>") {
        position += 2
        return .start(name, attributes, selfClosing: true)
      }
      let key = readName()
      if key.isEmpty {
        position += 1
        continue
      }
      attributes.append((key, readAttributeValue()))
    }
    return .start(name, attributes, selfClosing: true)
  }

  private mutating func readName() -> String {
    let start = position
    while position < characters.count {
      let character = characters[position]
      guard character.isLetter || character.isNumber || "-_:.".contains(character) else { break }
      position += 1
    }
    return String(characters[start..<position])
  }

  private mutating func skipSpace() {
    while position < characters.count && characters[position].isWhitespace { position += 1 }
  }

  private mutating func readAttributeValue() -> String {
    skipSpace()
    guard position < characters.count, characters[position] == "=" else { return "" }
    position += 1
    skipSpace()
    guard position < characters.count else { return "" }
    let quote = characters[position]
    if quote == "\"" || quote == "'" {
      position += 1
      let value = readUntil(quote)
      position = min(position + 1, characters.count)
      return value
    }
    let start = position
    while position < characters.count && !characters[position].isWhitespace
      && characters[position] != ">"
    {
      position += 1
    }
    return String(characters[start..<position])
  }
}
