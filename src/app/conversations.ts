/**
 * Conversations kept in one process's memory: `ask --json` (one per conversation id, for the
 * run) and the terminal chat (the session is one). Bounded, so that nothing grows with the
 * input: the last TURNS_KEPT turns of each, and at most `maxConversations` of them, the one
 * used least recently dropped first. The Discord bot keeps its conversations in the shared
 * database instead (see src/discord/conversations.ts), so that every process finds them.
 */
import type { ConversationTurn } from '../engine/conversation.ts';

/** Turns kept per conversation, here and in the database; the engine reads the last few. */
export const TURNS_KEPT = 10;

export class ConversationMemory {
  private readonly byId = new Map<string, ConversationTurn[]>();

  constructor(private readonly maxConversations = 10_000) {}

  /** The turns of a conversation, oldest first; none for one never seen. */
  turns(id: string): readonly ConversationTurn[] {
    return this.byId.get(id) ?? [];
  }

  /** Adds a turn, keeping the last TURNS_KEPT. */
  remember(id: string, turn: ConversationTurn): void {
    const turns = [...this.turns(id), turn].slice(-TURNS_KEPT);
    // Re-inserted: a Map keeps insertion order, so the first key is the least recently used.
    this.byId.delete(id);
    this.byId.set(id, turns);
    if (this.byId.size > this.maxConversations) {
      const oldest = this.byId.keys().next().value;
      if (oldest !== undefined) this.byId.delete(oldest);
    }
  }

  /** Starts a conversation afresh. */
  forget(id: string): void {
    this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }
}
