/** Builds paragraphs piece by piece, recording each figure's position and source. */
import type { Fact, Section, Source } from './types';

export class SectionWriter {
  private readonly paragraphs: string[] = [];
  private readonly facts: Fact[] = [];
  private current = '';
  private offset = 0;

  constructor(
    readonly heading: string,
    readonly level: 1 | 2 = 1,
  ) {}

  text(s: string): this {
    this.current += s;
    return this;
  }

  fact(text: string, source: Source): this {
    this.facts.push({ text, offset: this.offset + this.current.length, source });
    this.current += text;
    return this;
  }

  /** Ends the paragraph being written (if any). */
  end(): this {
    if (this.current) {
      this.paragraphs.push(this.current);
      this.offset += this.current.length + 1; // the joining newline
      this.current = '';
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.paragraphs.length === 0 && !this.current;
  }

  build(): Section {
    this.end();
    return {
      heading: this.heading,
      level: this.level,
      paragraphs: [...this.paragraphs],
      text: this.paragraphs.join('\n'),
      facts: [...this.facts],
    };
  }
}
