/** Words that set names against each other wherever they stand: "pengorganisasian vs pengembangan". */
export const VERSUS = new Set(["vs", "v", "versus", "lawan"]);

/** Words that join names in a list: "co dan cd", "advocate and mediator". */
export const AND = new Set(["x", "dan", "and", "atau", "or", "dengan", "with", "serta"]);

/** Words that open a question about a difference: "perbedaan co dan cd", "compare co with cd". */
export const ASKING = new Set([
  ...["beda", "bedanya", "perbedaan", "membedakan", "bandingkan", "membandingkan", "perbandingan"],
  ...["difference", "differences", "compare", "comparing", "comparison"],
]);

/** Words between a question and what it compares: "perbedaan antara", "difference between", "comparison of". */
export const BETWEEN = new Set(["antara", "between", "of"]);

/** Every word that names nothing itself in a query of names. */
export const JOINERS = new Set([...VERSUS, ...AND, ...ASKING, ...BETWEEN]);
