import { GuardedPattern } from '../text/guarded';

/**
 * Phrases that tell who speaks and which part of the call this is. Written for what operators, hosts
 * and executives say on any call, not for one transcript.
 */

/** An operator's own words: welcome, queue instructions, introductions of questions, the end. */
export const OPERATOR_CUE =
  /\b(?:thank you for standing by|welcome to (?:the|today's|today’s)\b[^.?!]{0,120}\b(?:call|conference|webcast)|(?:all )?participants are (?:now )?in (?:a )?listen[- ]only mode|press (?:star|\*)|(?:first|next|last|final|following) question (?:comes|is coming|will come) from|(?:we have|we'll take|we will take|we will now take|our) (?:the |our )?(?:first|next|last|final|following) question|question comes from (?:the line of)?|your line is (?:now )?open|please (?:go ahead and )?ask your question(?!s)|(?:to|would like to) (?:turn|hand) the (?:conference|call|meeting) (?:back )?over to|hand the (?:conference|call|meeting) (?:back )?(?:over )?to|conference is being recorded|this (?:call|conference) is being recorded|there are no further questions|no further questions (?:at this time|in the queue)|this concludes (?:today's|today’s|the|our) (?:conference|call|teleconference|presentation|program)|that concludes (?:today's|today’s) (?:conference|call|teleconference)|you may (?:now )?disconnect|begin the question[- ]and[- ]answer session|now open (?:the|up the) (?:call|floor|line) for questions|(?:i'll|i’ll|i will) be your (?:conference )?(?:operator|coordinator|moderator)|(?:i am|i'm|i’m) your (?:conference )?(?:operator|coordinator|moderator))/i;

/** The start of a call: only an operator or host says these. */
export const CALL_OPENER =
  /^(?:good (?:day|morning|afternoon|evening)|ladies and gentlemen|hello|welcome)\b[^.?!]{0,40}\b(?:thank you for standing by|welcome to)\b|^(?:good (?:day|morning|afternoon|evening)),? and welcome to\b/i;

/** The end of a call. */
export const CALL_CLOSER =
  /\b(?:this concludes (?:today's|today’s|the|our) (?:conference|call|teleconference|program)|you may (?:now )?disconnect(?: your lines)?|that (?:concludes|ends) (?:today's|today’s|the|our) (?:call|conference))\b/i;

/** Questions and answers begin. Guarded: most turns and sentences hold none of its words. */
export const QA_CUE = new GuardedPattern(
  /\b(?:question[- ]and[- ]answer session|(?:first|next) question|question comes from|questions? (?:will )?come from|happy to take your questions|open (?:the|up the) (?:call|floor|line) (?:for|to) questions|operator instructions)\b|操作員指示|操作员指示/i,
  ['question', 'instructions', '指示'],
);

/** The closing part of a call begins. */
export const CLOSING_CUE =
  /\b(?:no (?:further|more) questions|closing (?:remarks|comments)|this concludes|that concludes|concludes (?:today's|today’s|our|the) (?:call|conference)|end of (?:the|our) question[- ]and[- ]answer|(?:that|this) (?:ends|concludes) (?:our|the|today's|today’s) (?:q ?& ?a|question[- ]and[- ]answer)|hand (?:the (?:call|conference) |it )?back (?:over )?to|turn (?:the (?:call|conference) |it )?back (?:over )?to)\b/i;

/** The host's introduction and safe-harbour statement, which belong to the opening. */
export const OPENING_HOST_CUE =
  /\b(?:forward[- ]looking statements?|safe harbou?r|on the call today|joining (?:us |me )?(?:on the call )?today|with me (?:on the call |here )?today|earnings release was (?:distributed|issued|published))\b/i;

const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`;

/** "...turn the conference over to Nicole Shan, IR Manager of X. Please go ahead." */
export const HAND_OVER_TO = new RegExp(
  String.raw`\b(?:turn|hand|pass)(?:ing)? (?:the |this )?(?:conference|call|floor|line|meeting|presentation|it)? ?(?:back )?(?:over )?to (?:our |your |my |the )?(?:(?:host|speaker|speakers) (?:for )?today,?\s+)?(?:[\p{Ll}\s&]{0,40}?,\s+)?` +
    NAME +
    String.raw`(?:,\s*([^.,;]{2,60}?))?(?:\s+for\b|[.,;]|$)`,
  'u',
);

/** A title said before a name, up to its head word: "Chief Executive Officer", "Head of Investor Relations". */
const TITLE_BEFORE_NAME = String.raw`((?:\p{Lu}[\p{L}&-]*\s+(?:of\s+)?){0,4}?(?:Officer|President|Chairman|Chairwoman|Director|Relations|Treasurer|Founder|Controller|CEO|CFO|COO|CTO))\s+`;

/** "Next, we will hear from Jane Doe, our CFO.", "Our first speaker today is Chief Executive Officer Amir Khan." */
export const HEAR_FROM = new GuardedPattern(
  new RegExp(
    String.raw`\b(?:[Ww]e(?:'ll|’ll| will)? (?:now |next )?hear from|(?:[Oo]ur )?(?:first|next) speaker(?: today)? (?:is|will be))\s+(?:our\s+)?(?:${TITLE_BEFORE_NAME})?` +
      NAME +
      String.raw`(?:,\s*(?:our\s+)?([^.,;]{2,60}?))?(?:[.,;]|$)`,
    'u',
  ),
  ['hear from', 'speaker'],
);

/** "It's now my pleasure to introduce our Vice Chairman and CEO, Mr. Zhou." */
export const INTRODUCE = new GuardedPattern(
  new RegExp(String.raw`\b(?:pleasure to introduce|like to introduce|let me introduce)\s+(?:our\s+)?([^,]{2,60}),\s+` + NAME, 'u'),
  ['introduce'],
);

/** "...question comes from the line of Kenneth Fong from Credit Suisse" / "...from Calvin Wong of Spica Capital" */
export const QUESTION_FROM = new GuardedPattern(
  new RegExp(
    String.raw`\bquestions? (?:(?:comes?|is coming|will come|is|will be) )?from (?:the line of\s+)?` + NAME + String.raw`(?:\s*(?:,|from|of|with|at)\s+(?:the\s+)?([\p{Lu}][\p{L}&'’.\s-]{1,60}?))?(?:[.,;]|\s+please|\s+your|$)`,
    'u',
  ),
  ['question'],
);

/** "...(Operator Instructions) Calvin Wong, Spica Capital." — the operator naming the next caller. */
export const CALLER_INTRO = new RegExp(String.raw`^(?:\((?:Operator Instructions)\)\s*|\[(?:Operator Instructions)\]\s*)?` + NAME + String.raw`,\s+([\p{Lu}][\p{L}&'’.\s-]{1,60}?)\.?$`, 'u');
