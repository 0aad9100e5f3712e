/**
 * The custom messages between the client and the corroborate language server. They are declared
 * once, in `server/src/lsp/protocol.ts` (which imports only the protocol library), so that the two
 * sides cannot drift apart; the client re-exports them from here.
 */
export {
  CheckCorpusRequest, type CheckCorpusParams, type CorpusStatus, type CorpusTotals, StatusNotification,
  StoryReportRequest, type StoryReport, type StoryReportParams,
} from '../../server/src/lsp/protocol';
