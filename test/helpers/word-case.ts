// A flagged-table case for one word of a body: the case name quotes the word, and the expected
// finding is `messageId@body:start-end` over the word's first occurrence (no offsets counted by hand).
export function wordCase(messageId: string): (body: string, word: string) => [string, string, string[]] {
  return (body, word) => {
    const i = body.indexOf(word);
    if (i < 0) throw new Error(`"${word}" is not in "${body}"`);
    return [`"${word}" in "${body}"`, body, [`${messageId}@body:${i}-${i + word.length}`]];
  };
}
