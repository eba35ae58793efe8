/** Common English function words and news filler, left out of proposed topics. */
export const ENGLISH_STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself said says say told added according would also one two three new last first year years week weeks month ' +
    'months day days monday tuesday wednesday thursday friday saturday sunday time people government minister president ' +
    'spokesperson statement statements press conference reporters think believe going want make made may might must us many much ' +
    'well still even back way like get got per cent percent mr mrs ms dr every take taken takes expected expect need needs ' +
    'know see give come go goes going work keep put part sure ready clear already never always today tomorrow yesterday ' +
    'nothing anything something everyone anyone everything including without within across toward towards around another ' +
    'next right left long good great important able whether though although yet however since either neither less least ' +
    'enough far soon ago call called ask asked tell says thing things lot done doing use used look looking find found ' +
    'january february march april june july august september october november december ' +
    'country countries possible plan plans meet meeting raise region regions ' +
    "mean means real really whole point place case fact end ever per via upon must shall cannot can't won't don't"
  ).split(/\s+/),
);
