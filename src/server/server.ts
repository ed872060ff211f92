import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analyze';
import { mergeConfigs, type LensConfig } from '../core/config';
import { addIgnoredFindingText, CONFIG_FILE_NAMES, setCheckSeverityText, type ConfigTextEdit } from '../core/configFile';
import { describeFigure } from '../core/figures/describe';
import { figureRecords } from '../core/figures/export';
import { buildCodeActions, cleanEdits } from './codeActions';
import { countBySeverity, DEFAULT_DOCS_BASE_URL, toLspDiagnostics } from './diagnostics';
import { buildFoldingRanges } from './folding';
import { figureHover } from './hover';
import {
  CHECK_ANYWAY_REQUEST,
  CLEAN_EDITS_REQUEST,
  DISABLE_CHECK_COMMAND,
  IGNORE_FINDING_COMMAND,
  FIGURES_REQUEST,
  FIX_ALL_KIND,
  FIX_CHECK_KIND,
  STATUS_NOTIFICATION,
  type CleanEditsResult,
  type FiguresResult,
  type StatusParams,
  type UriParams,
} from './protocol';
import { DEFAULT_SETTINGS, exceedsSize, readSettings, type ServerSettings } from './settings';
import { buildDocumentSymbols } from './symbols';

/**
 * The language server, shared by the Node entry (stdio / IPC) and the browser worker entry.
 * One analysis per (document, version, configuration generation); every feature reads it.
 */

/** Where the shared config file comes from; only the Node entry has one (the browser has no file system). */
export interface ConfigFileSource {
  /** The file config that applies to a document, or undefined. Must not throw. */
  load(uri: string): LensConfig | undefined;
  /** Forget cached lookups: a config file was created, changed or deleted. */
  clear(): void;
}

/** Writes "ignore here" / "turn off" into the config file, for editors that send those commands back (Node only). */
export type ConfigWriter = (
  uri: string,
  workspaceRoots: readonly string[],
  edit: (existing: string | undefined) => ConfigTextEdit,
) => { ok: boolean; path: string; changed: boolean; error?: string };

/**
 * Runs an analysis off the main thread (Node: a worker thread), or returns undefined to have it run inline
 * (small documents). May reject with an error carrying `superseded: true` when a newer version replaced it.
 */
export type OffThreadAnalyzer = (key: string, text: string, config: LensConfig, structureOnly: boolean) => Promise<Analysis> | undefined;

export interface ServerOptions {
  readonly configFiles?: ConfigFileSource;
  readonly analyzeOffThread?: OffThreadAnalyzer;
  readonly writeConfig?: ConfigWriter;
  /** Reads a document that is not open (Node: file URIs), for the cleanEdits/figures requests. */
  readonly readDocument?: (uri: string) => string | undefined;
}

/** Quiet time after the last keystroke before re-checking. */
export const CHANGE_DEBOUNCE_MS = 250;

interface Entry {
  readonly version: number;
  readonly generation: number;
  /** Which opening of the document: versions restart at 1 when a closed document is opened again. */
  readonly opening: number;
  readonly analysis: Analysis;
  /** Why no checks ran (structure only), or undefined when they did. */
  readonly skipped?: string;
}

const EMPTY_COUNTS = { error: 0, warning: 0, info: 0, hint: 0 } as const;

/** VS Code and its forks run the extension, which handles the ignore/turn-off commands itself. */
export function isVsCodeFamily(clientName: string | undefined): boolean {
  return !!clientName && /code|codium|cursor|windsurf|positron|theia|trae/i.test(clientName);
}

/** A job dropped because a newer version of its document arrived: expected, never reported. */
function isSuperseded(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { superseded?: unknown }).superseded === true;
}

/** Gives queued messages (a newer didChange, a cancel) a turn before a long synchronous analysis. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, Entry>();
  const inflight = new Map<string, Promise<Entry>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const justOpened = new Set<string>();
  /** How many times each document has been opened; tells a reopened document's version 1 from the old one's. */
  const openings = new Map<string, number>();
  /** Documents the user asked to check although they are over maxFileSize (until closed). */
  const forced = new Set<string>();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  let globalSettings: ServerSettings = DEFAULT_SETTINGS;
  let generation = 0;
  let docsBaseUrl = DEFAULT_DOCS_BASE_URL;
  let hasConfigurationCapability = false;
  let hasDocumentChanges = false;
  let canWatchFiles = false;
  let canRegisterConfiguration = false;
  let workspaceRoots: string[] = [];

  const log = (message: string) => {
    try {
      connection.console.error(`[transcript-lens] ${message}`);
    } catch {
      // The connection may be gone during shutdown; nothing to tell.
    }
  };
  const describeError = (err: unknown) => (err instanceof Error ? err.stack ?? err.message : String(err));

  /** Runs a handler; any failure is logged and answered with the fallback, never thrown to the client. */
  async function guarded<T>(what: string, fallback: T, run: () => Promise<T> | T): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (!isSuperseded(err)) log(`${what} failed: ${describeError(err)}`);
      return fallback;
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    hasDocumentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as { docsBaseUrl?: unknown; transcriptLens?: unknown; clientHandlesCommands?: unknown };
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [params.rootUri];
    // The VS Code extension registers the ignore/turn-off commands itself; advertising them here would make its
    // language client register them a second time. Other editors send them back to us.
    const clientHandlesCommands = init.clientHandlesCommands === true || isVsCodeFamily(params.clientInfo?.name);
    const serveCommands = !!options.writeConfig && !clientHandlesCommands;
    if (typeof init.docsBaseUrl === 'string' && init.docsBaseUrl.trim()) docsBaseUrl = init.docsBaseUrl.trim();
    // Clients without workspace/configuration (some minimal LSP clients) may pass settings at start-up.
    if (init.transcriptLens !== undefined) globalSettings = readSettings(init.transcriptLens);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Transcript Lens' },
        foldingRangeProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, FIX_CHECK_KIND], resolveProvider: false },
        ...(serveCommands ? { executeCommandProvider: { commands: [IGNORE_FINDING_COMMAND, DISABLE_CHECK_COMMAND] } } : {}),
      },
      serverInfo: { name: 'transcript-lens' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'transcriptLens' }).catch((err) => log(`register configuration: ${describeError(err)}`));
    }
    if (canWatchFiles && options.configFiles) {
      const watchers = CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((err) => log(`register file watcher: ${describeError(err)}`));
    }
  });

  function getSettings(uri: string): Promise<ServerSettings> {
    if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'transcriptLens' })
        .then((raw) => readSettings(raw ?? {}), (err) => {
          log(`workspace/configuration failed: ${describeError(err)}`);
          return globalSettings;
        });
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  function fileConfig(uri: string): LensConfig | undefined {
    if (!options.configFiles) return undefined;
    try {
      return options.configFiles.load(uri);
    } catch (err) {
      log(`config file for ${uri}: ${describeError(err)}`);
      return undefined;
    }
  }

  /** Analysis of the text and version given, with the settings of its document; parse once per version. */
  async function analysisOf(uri: string, text: string, version: number): Promise<Entry> {
    const gen = generation;
    const opening = openings.get(uri) ?? 0;
    const cached = cache.get(uri);
    if (cached && cached.version === version && cached.generation === gen && cached.opening === opening) return cached;
    const key = `${gen}@${opening}@${version}@${uri}`;
    const running = inflight.get(key);
    if (running) return running;
    const job = (async (): Promise<Entry> => {
      const settings = await getSettings(uri);
      await yieldToEventLoop();
      // Settings override the file; lists (knownNames, ignoredFindings) are joined.
      const config = mergeConfigs(fileConfig(uri), settings.config);
      let skipped: string | undefined;
      if (!settings.enable) skipped = 'Transcript Lens checks are disabled (transcriptLens.enable).';
      else if (!forced.has(uri) && exceedsSize(text, settings.maxFileSizeBytes)) {
        skipped = `File is larger than transcriptLens.maxFileSize (${Math.round(settings.maxFileSizeBytes / 1024)} KB): no live checks. Use the CLI for this file.`;
      }
      // Past the limit the outline still works: parsing is linear, the checks are what costs.
      const analysis = await runAnalysis(uri, text, config, !!skipped);
      const entry: Entry = { version, generation: gen, opening, analysis, skipped };
      const current = cache.get(uri);
      // A job that finishes after its document was closed (or reopened) must not leave its result behind.
      const stillOpen = documents.get(uri) !== undefined && (openings.get(uri) ?? 0) === opening;
      if (gen === generation && stillOpen && (!current || current.version <= version)) cache.set(uri, entry);
      return entry;
    })();
    inflight.set(key, job);
    try {
      return await job;
    } finally {
      inflight.delete(key);
    }
  }

  /** `key` says which jobs replace which off-thread: the document URI for live checks, something else for one-offs. */
  async function runAnalysis(key: string, text: string, config: LensConfig, structureOnly: boolean): Promise<Analysis> {
    const offThread = options.analyzeOffThread?.(key, text, config, structureOnly);
    if (offThread) {
      try {
        return await offThread;
      } catch (err) {
        if (isSuperseded(err)) throw err;
        log(`analysis worker failed, analysing inline: ${describeError(err)}`);
      }
    }
    return analyze(text, config, structureOnly ? [] : undefined);
  }

  function analysisOfDocument(doc: TextDocument): Promise<Entry> {
    // TextDocument objects are updated in place: read text and version together, now.
    return analysisOf(doc.uri, doc.getText(), doc.version);
  }

  /**
   * The analysis of an open document's current version for a request. Structure (outline, folding, hover)
   * does not depend on settings, so any analysis of this version serves; when a newer version supersedes the
   * one being analysed, retry with the newest instead of answering empty.
   */
  async function latestEntry(uri: string, structure: boolean): Promise<Entry | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      const cached = cache.get(uri);
      if (structure && cached && cached.version === doc.version && cached.opening === (openings.get(uri) ?? 0)) return cached;
      try {
        return await analysisOfDocument(doc);
      } catch (err) {
        if (!isSuperseded(err)) throw err;
      }
    }
    return undefined;
  }

  async function validate(uri: string): Promise<StatusParams | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const entry = await analysisOfDocument(doc);
    // Drop stale results: the document moved on, closed, or was closed and reopened (a new document object
    // whose versions start again) while this ran; its own validation will publish.
    const now = documents.get(uri);
    if (now !== doc || now.version !== version) return undefined;
    const status: StatusParams = entry.skipped
      ? { uri, version, skipped: true, reason: entry.skipped, counts: EMPTY_COUNTS }
      : {
          uri,
          version,
          skipped: false,
          counts: countBySeverity(entry.analysis),
          format: entry.analysis.model.format,
          turns: entry.analysis.model.turns.length,
          figures: entry.analysis.model.figures.length,
        };
    const diagnostics = entry.skipped ? [] : toLspDiagnostics(entry.analysis, uri, version, docsBaseUrl);
    await connection.sendDiagnostics({ uri, version, diagnostics });
    await connection.sendNotification(STATUS_NOTIFICATION, status);
    return status;
  }

  function schedule(uri: string, delay: number): void {
    const previous = timers.get(uri);
    if (previous) clearTimeout(previous);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void guarded(`validate ${uri}`, undefined, () => validate(uri));
      }, delay),
    );
  }

  function revalidateAll(): void {
    generation++;
    settingsCache.clear();
    options.configFiles?.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    openings.set(e.document.uri, (openings.get(e.document.uri) ?? 0) + 1);
  });
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    schedule(uri, justOpened.delete(uri) ? 0 : CHANGE_DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    cache.delete(uri);
    settingsCache.delete(uri);
    justOpened.delete(uri);
    forced.delete(uri);
    void guarded('clear diagnostics', undefined, () => connection.sendDiagnostics({ uri, diagnostics: [] }));
  });

  connection.onDidChangeConfiguration((params) => {
    if (!hasConfigurationCapability) {
      const settings = (params.settings as { transcriptLens?: unknown } | null)?.transcriptLens;
      globalSettings = readSettings(settings ?? {});
    }
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => revalidateAll());

  connection.onDocumentSymbol((params, token) =>
    guarded('documentSymbol', [], async () => {
      const entry = await latestEntry(params.textDocument.uri, true);
      return entry && !token.isCancellationRequested ? buildDocumentSymbols(entry.analysis.model) : [];
    }),
  );

  connection.onFoldingRanges((params, token) =>
    guarded('foldingRange', [], async () => {
      const entry = await latestEntry(params.textDocument.uri, true);
      return entry && !token.isCancellationRequested ? buildFoldingRanges(entry.analysis.model) : [];
    }),
  );

  connection.onHover((params, token) =>
    guarded('hover', null, async () => {
      const entry = await latestEntry(params.textDocument.uri, true);
      if (!entry || token.isCancellationRequested) return null;
      const { model } = entry.analysis;
      return figureHover(model, model.index.offsetAt(params.position), describeFigure);
    }),
  );

  connection.onCodeAction((params, token) =>
    guarded('codeAction', [], async () => {
      const uri = params.textDocument.uri;
      const entry = await latestEntry(uri, false);
      // Cancelled while the analysis ran (the user moved on): skip building what nobody will read.
      if (!entry || entry.skipped || token.isCancellationRequested) return [];
      return buildCodeActions({
        uri,
        version: entry.version,
        analysis: entry.analysis,
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        documentChanges: hasDocumentChanges,
      });
    }),
  );

  /** An open document's analysis, or one made from the file on disk when the entry can read it. */
  async function entryFor(uri: string): Promise<Entry | undefined> {
    if (documents.get(uri)) return latestEntry(uri, false);
    const text = options.readDocument?.(uri);
    if (text === undefined) return undefined;
    const settings = await getSettings(uri);
    return { version: -1, generation, opening: -1, analysis: await runAnalysis(`${uri}#disk`, text, mergeConfigs(fileConfig(uri), settings.config), false) };
  }

  connection.onRequest(CLEAN_EDITS_REQUEST, (params: UriParams) =>
    guarded<CleanEditsResult>('cleanEdits', { uri: params?.uri ?? '', version: -1, edits: [], byCheck: {}, total: 0 }, async () => {
      const entry = await entryFor(params.uri);
      if (!entry) return { uri: params.uri, version: -1, edits: [], byCheck: {}, total: 0 };
      // Cleaning is an explicit request: it runs the checks even on a file too big for live checking.
      const config = mergeConfigs(fileConfig(params.uri), (await getSettings(params.uri)).config);
      const analysis = entry.skipped ? await runAnalysis(`${params.uri}#clean`, entry.analysis.model.text, config, false) : entry.analysis;
      return cleanEdits(params.uri, entry.version, analysis);
    }),
  );

  connection.onRequest(CHECK_ANYWAY_REQUEST, (params: UriParams) =>
    guarded<StatusParams | null>('checkAnyway', null, async () => {
      if (!documents.get(params.uri)) return null;
      forced.add(params.uri);
      cache.delete(params.uri);
      const pending = timers.get(params.uri);
      if (pending) clearTimeout(pending);
      timers.delete(params.uri);
      return (await validate(params.uri)) ?? null;
    }),
  );

  connection.onRequest(FIGURES_REQUEST, (params: UriParams) =>
    guarded<FiguresResult>('figures', { uri: params?.uri ?? '', version: -1, records: [] }, async () => {
      const entry = await entryFor(params.uri);
      if (!entry) return { uri: params.uri, version: -1, records: [] };
      return { uri: params.uri, version: entry.version, records: figureRecords(entry.analysis.model) };
    }),
  );

  connection.onExecuteCommand((params) =>
    guarded('executeCommand', null, () => {
      const write = options.writeConfig;
      const arg = (params.arguments?.[0] ?? {}) as { uri?: unknown; check?: unknown; hash?: unknown; id?: unknown };
      if (!write || typeof arg.uri !== 'string') return null;
      let result: ReturnType<ConfigWriter> | undefined;
      if (params.command === IGNORE_FINDING_COMMAND && typeof arg.check === 'string' && typeof arg.hash === 'string') {
        const entry = { check: arg.check, hash: arg.hash };
        result = write(arg.uri, workspaceRoots, (existing) => addIgnoredFindingText(existing, entry));
      } else if (params.command === DISABLE_CHECK_COMMAND && typeof arg.id === 'string') {
        const id = arg.id;
        result = write(arg.uri, workspaceRoots, (existing) => setCheckSeverityText(existing, id, 'off'));
      }
      if (!result) return null;
      // window/showMessage is a notification: nothing to await, nothing for a client to refuse.
      if (!result.ok) {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Transcript Lens: could not update ${result.path}: ${result.error ?? 'unknown error'}` });
      } else if (result.changed) {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Transcript Lens: updated ${result.path}` });
        revalidateAll();
      }
      return null;
    }),
  );

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
