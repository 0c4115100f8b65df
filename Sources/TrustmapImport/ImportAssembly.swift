import TrustmapModel

/// Puts the decoded files together: accounts merged per id, one organisation structure, and the
/// pool of AWS managed policies.
struct ImportAssembly {
  private(set) var errors: [ImportError] = []
  private var diagnostics: [Diagnostic] = []
  private var parts: [AccountID: [GAADPart]] = [:]
  private var orgExports: [OrgDecodeResult] = []
  private var rawOrgFiles: [(Node, RawOrgCommand)] = []

  /// Sorts each loaded file into its pile.
  mutating func add(_ files: [LoadedFile]) {
    for file in files {
      switch file {
      case .gaad(let fileParts):
        for part in fileParts { parts[part.accountID, default: []].append(part) }
      case .orgExport(let result): orgExports.append(result)
      case .orgRaw(let node, let command): rawOrgFiles.append((node, command))
      case .failed(let problems): errors += problems
      }
    }
  }

  /// Builds the model; problems are appended to `errors`.
  mutating func organization(errors: inout [ImportError]) -> Organization {
    var merger = AccountMerger()
    let accounts = parts.keys.sorted().compactMap { merger.merge(parts[$0] ?? []) }
    errors += merger.errors
    diagnostics += merger.diagnostics
    let structure = orgStructure(errors: &errors)
    let pool = awsManagedPool(accounts)
    return Organization(
      accounts: accounts, structure: structure, awsManagedPolicies: pool, diagnostics: diagnostics)
  }

  /// At most one organisation: one combined file (identical copies allowed) or one raw set.
  private mutating func orgStructure(errors: inout [ImportError]) -> OrgStructure? {
    var chosen = orgExports.first
    for other in orgExports.dropFirst() where other.structure != chosen?.structure {
      errors.append(
        .conflictingOrgExports(firstFile: chosen?.files.first ?? "", secondFile: other.files[0]))
    }
    if !rawOrgFiles.isEmpty {
      do {
        let raw = try RawOrgAssembler.assemble(rawOrgFiles)
        if let chosen {
          errors.append(
            .conflictingOrgExports(firstFile: chosen.files[0], secondFile: raw.files[0]))
        }
        chosen = raw
      } catch {
        errors += error.problems
      }
    }
    diagnostics += chosen?.diagnostics ?? []
    return chosen?.structure
  }

  /// FMT-10: AWS managed policies listed by any account.
  ///
  /// When accounts disagree on one, the
  /// copy from the lowest account id is kept and a warning names both.
  private mutating func awsManagedPool(_ accounts: [Account]) -> [ManagedPolicy] {
    var pool: [ARN: (policy: ManagedPolicy, account: AccountID)] = [:]
    for account in accounts {
      for policy in account.managedPolicies where policy.isAWSManaged {
        guard let kept = pool[policy.arn] else {
          pool[policy.arn] = (policy, account.id)
          continue
        }
        if kept.policy.defaultDocument != policy.defaultDocument {
          diagnostics.append(
            Diagnostic(
              .warning, code: "conflictingAWSManagedPolicy",
              message: "\(policy.arn) has different default documents in accounts \(kept.account) "
                + "and \(account.id); using the one from \(kept.account)."))
        }
      }
    }
    return pool.values.map(\.policy)
  }
}
