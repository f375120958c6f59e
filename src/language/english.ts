import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

let instance: WinkMethods | undefined;

/** The English pipeline (wink-nlp with its lite model), created once on first use (~130 ms). */
export function english(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
