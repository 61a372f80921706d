/**
 * A token bucket per member for costly requests (POST /api/v1/extract: a fetch and a worker's time each). Constant
 * time per request and bounded memory: at most `maxMembers` buckets, the least recently used dropped first (a
 * dropped bucket is a full one, which only ever favours the member).
 */
export interface MemberLimitOptions {
  /** requests a member may make at once */
  burst: number;
  /** requests a member regains per minute */
  perMinute: number;
  maxMembers?: number;
}

export class MemberLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly options: MemberLimitOptions) {}

  /** Takes one request from the member's bucket: 0 when allowed, else the seconds until the next one is. */
  take(memberId: string, now: number): number {
    const { burst, perMinute, maxMembers = 10_000 } = this.options;
    const rate = perMinute / 60_000;
    const bucket = this.buckets.get(memberId) ?? { tokens: burst, at: now };
    this.buckets.delete(memberId);
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * rate);
    bucket.at = now;
    // Map keeps insertion order: re-inserted last, the first key is the least recently seen member
    this.buckets.set(memberId, bucket);
    if (this.buckets.size > maxMembers) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate / 1000);
  }
}
