/**
 * The judgment engine per slot type, on small invented articles: each case is two or three
 * articles and the verdict expected for one claim, found by its text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/corpus';
import type { ClaimVerdict } from '../../server/src/core/judgment/types';
import { NATO } from '../helpers/paths';
import { verdictOf } from '../helpers/verdicts';

const dated = (date: string, body: string) => ` date ${date} ${body}`;

describe('verdicts per slot', () => {
  const cases: Array<{ name: string; a: string; b: string; claim: string; verdict: ClaimVerdict['verdict']; kind?: string }> = [
    { name: 'basis points are hundredths of a percentage point', a: 'The Kaldera central bank cut its main rate by half a percentage point.', b: 'The Kaldera central bank cut its main rate by 50 basis points.', claim: 'The Kaldera', verdict: 'supported' },
    { name: 'basis points given otherwise', a: 'The Kaldera central bank cut its main rate by 25 basis points.', b: 'The Kaldera central bank cut its main rate by half a percentage point.', claim: 'The Kaldera', verdict: 'conflicting', kind: 'number' },
    { name: 'one first name written two ways is one person ("Joe" / "Joseph", "Chris" / "Christopher")', a: 'Joe Okafor won 47 percent of the harbour board vote.', b: 'Joseph Okafor won 45 percent of the harbour board vote.', claim: 'Joe', verdict: 'conflicting', kind: 'number' },
    { name: 'a first name spelt otherwise is one person ("Katharine" / "Katherine", "Noël" / "Noel")', a: 'Katharine Okafor won 47 percent of the harbour board vote, as did Noël Ely.', b: 'Katherine Okafor won 45 percent of the harbour board vote, as did Noel Ely.', claim: 'Katharine', verdict: 'conflicting', kind: 'number' },
    { name: 'a first name and its start are one person', a: 'Chris Okafor won 47 percent of the harbour board vote.', b: 'Christopher Okafor won 45 percent of the harbour board vote.', claim: 'Chris', verdict: 'conflicting', kind: 'number' },
    { name: 'a verb the source has only a loose kin for is not stated ("moved its meeting" / "the walking group")', a: 'The Avenhall walking group moved its weekly meeting to a smaller room this week.', b: 'The Avenhall walking group in Avenhall offered free tea to anyone who came in after a short discussion.', claim: 'The Avenhall', verdict: 'unsupported' },
    { name: 'a verb matched only by a word of the source\'s subject is not stated ("volunteers ... offered help" / "volunteers ... started a group")', a: 'Volunteers from the Avenhall choir offered help to elderly neighbours on the Kelm estate this week.', b: 'Volunteers from the Avenhall choir in Avenhall started an online group to share lifts on the Kelm estate this week.', claim: 'Volunteers', verdict: 'unsupported' },
    { name: 'what a subject said of itself is its deed ("said they had changed their plans" / "organised a rota")', a: 'Teachers at Avenhall Primary School said they had changed their plans for the week after the storm.', b: 'Teachers at Avenhall Primary School in Kelm organised a rota to check on elderly people nearby after the storm.', claim: 'Teachers', verdict: 'unsupported' },
    { name: 'what a subject said of itself is stated by its deed', a: 'Teachers at Avenhall Primary School said they had changed their plans for the week after the storm.', b: 'Teachers at Avenhall Primary School in Kelm changed their plans for the week after the storm.', claim: 'Teachers', verdict: 'supported' },
    { name: 'a quotation that denies a thing and narrative that names it speak of other matters, neither conflicting nor supporting ("“not a question of if, but when”" / "filled with questions")', a: '“For Avenhall, it is not a question of if, but when.”', b: 'An online forum for Avenhall residents filled with questions about the verdict.', claim: '“For Avenhall', verdict: 'unsupported' },
    { name: 'a name before the verb the claim\'s name follows is another one in another slot ("to lead the Port Authority" / "joins from Kelm Software, which she led")', a: 'Ines Okafor to lead the Avenhall Port Authority', b: 'Ines Okafor joins from Kelm Software, which Okafor led.', claim: 'Ines Okafor', verdict: 'unsupported' },
    { name: 'a name after the same verb is another one in the same slot ("to lead the Port Authority" / "will lead Kelm Software")', a: 'Ines Okafor to lead the Avenhall Port Authority', b: 'Ines Okafor will lead Kelm Software.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'object' },
    { name: 'a number beyond tolerance', a: 'Fourteen people were injured when the harbour walkway collapsed on Monday.', b: 'Forty-one people were injured when the harbour walkway collapsed on Monday.', claim: 'Fourteen', verdict: 'conflicting', kind: 'number' },
    { name: 'a count of occurrences', a: 'The reopening of the Lanthorn bridge was delayed twice by the council.', b: 'The council delayed the reopening of the Lanthorn bridge for a third time.', claim: 'The reopening', verdict: 'conflicting', kind: 'count' },
    { name: 'a tenure in years', a: 'Mayor Ines Okafor ended her nine-year term at the harbour board.', b: 'Okafor led the harbour board for ten years before stepping aside.', claim: 'Mayor', verdict: 'conflicting', kind: 'duration' },
    { name: 'a relative date resolved against the dateline', a: 'The harbour board approved the Lanthorn repair budget last year.', b: 'The Lanthorn repair budget was approved by the harbour board in 2023.', claim: 'The harbour board', verdict: 'supported' },
    { name: 'negation of the shared predicate', a: 'The harbour board did not approve the Lanthorn repair budget on Tuesday.', b: 'The harbour board approved the repair budget on Tuesday.', claim: 'The harbour board', verdict: 'conflicting', kind: 'polarity' },
    { name: 'certainty: unknown against asserted', a: 'It is not yet clear whether Germany is supporting the Lanthorn repair plan.', b: 'Germany supports the Lanthorn repair plan, the minister said.', claim: 'It is not yet clear', verdict: 'conflicting', kind: 'certainty' },
    { name: 'compatible approximations are not a conflict', a: 'The plan has the backing of three-quarters of the 40 councillors in Avenhall.', b: 'The plan has the backing of about 30 councillors in Avenhall.', claim: 'The plan', verdict: 'supported' },
    { name: 'paraphrase with synonyms', a: 'The United States backed Okafor for the harbour board chair.', b: 'Washington endorsed Okafor as chair of the harbour board.', claim: 'The United States', verdict: 'supported' },
    { name: 'a date bound: "before" a year agrees with an earlier date', a: 'Ines Okafor was born before 1970.', b: 'Ines Okafor (born 4 May 1965) is the mayor of Port Avenhall.', claim: 'Ines Okafor', verdict: 'supported' },
    { name: 'a birth date after a name in another script, in brackets', a: 'Ines Okafor was born on 4 May 1975.', b: 'Ines Okafor (Инес Окафор, born 4 May 1965) is a Lagos-born engineer and the mayor of Port Avenhall.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'date' },
    { name: 'the same birth date after a name in another script', a: 'Ines Okafor was born on 4 May 1965.', b: 'Ines Okafor (Инес Окафор, born 4 May 1965) is a Lagos-born engineer and the mayor of Port Avenhall.', claim: 'Ines Okafor', verdict: 'supported' },
    { name: 'a lifespan whose dates a minus sign joins gives the death date', a: 'On 2 March 2020, Ines Okafor died.', b: 'Ines Okafor (4 May 1965 \u2212 2 March 2021) was the mayor of Port Avenhall.', claim: 'On 2 March', verdict: 'conflicting', kind: 'date' },
    { name: 'a lifespan in brackets gives the birth date', a: 'Ines Okafor was born on 4 June 1965.', b: 'Ines Okafor (4 May 1965 - 2 March 2021) was the mayor of Port Avenhall.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'date' },
    { name: 'the same subject is something else', a: 'The Lanthorn is a railway bridge.', b: 'The Lanthorn is a suspension road bridge over the harbour of Port Avenhall.', claim: 'The Lanthorn', verdict: 'conflicting', kind: 'object' },
    { name: 'a refusal negates what follows', a: 'Mayor Ines Okafor refused to sign the repair contract.', b: 'Mayor Ines Okafor signed the repair contract on Monday.', claim: 'Mayor', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a negation before a phrase denies the word it is about ("was never on a ... list")', a: 'Ines Okafor was never on the harbour board shortlist.', b: 'Ines Okafor appeared on the harbour board shortlist in March.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a negation past a copula and an ordinal ("was not the first engineer")', a: 'Ines Okafor was not the first engineer to chair the harbour board.', b: 'In 2019 Ines Okafor became the first engineer to chair the harbour board.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'polarity' },
    { name: 'two sentences that both deny it agree, whichever word each negation governs', a: 'Ines Okafor was never on the harbour board shortlist.', b: 'Ines Okafor has never appeared on the shortlist of the harbour board.', claim: 'Ines Okafor', verdict: 'supported' },
    { name: '"not only" is no negation', a: 'Ines Okafor not only chaired the harbour board but also led the port union.', b: 'Ines Okafor chaired the harbour board and led the port union.', claim: 'Ines Okafor', verdict: 'supported' },
    { name: 'a negated refusal is no negation ("did not fail to")', a: 'Ines Okafor did not fail to win the harbour board vote.', b: 'Ines Okafor won the harbour board vote on Monday.', claim: 'Ines Okafor', verdict: 'supported' },
    { name: 'a grand total is compared with the other grand total, not with a part ("worldwide")', a: 'The Lanthorn documentary earned less than $93 million worldwide.', b: 'The Lanthorn documentary grossed $74.8 million in Kaldera and $18.6 million in other territories, for a worldwide total of $93.4 million.', claim: 'The Lanthorn', verdict: 'conflicting', kind: 'number' },
    { name: 'another person after the verb is a conflict about who ("designed by" one architect / another)', a: 'The Lanthorn footbridge was designed by Marta Ely.', b: 'The Lanthorn footbridge was designed by Jonah Lawson.', claim: 'The Lanthorn', verdict: 'conflicting', kind: 'actor' },
    { name: 'a region inside a larger one is no other place ("Africa" / "North Africa")', a: 'The Kaldera Fund invests in Africa.', b: 'The Kaldera Fund invests in North Africa.', claim: 'The Kaldera Fund', verdict: 'supported' },
    { name: 'another place after the noun phrase is a conflict about where ("a port in Europe" / "in North Africa")', a: 'Kaldera is a port in Europe.', b: 'Kaldera is a port in North Africa.', claim: 'Kaldera', verdict: 'conflicting', kind: 'object' },
    { name: 'another person as the agent of a verb the source shares ("written by")', a: 'The Avenhall documentary was written by Marta Ely.', b: 'The Avenhall documentary was directed and written by Jonah Lawson.', claim: 'The Avenhall', verdict: 'conflicting', kind: 'actor' },
    { name: 'an opening pronoun with nothing before it stands for the subject', a: 'Ines Okafor chaired the harbour board for six years.', b: 'She chaired the harbour board for six years before entering politics.', claim: 'Ines Okafor', verdict: 'supported' },
    { name: 'a pronoun after an opening phrase stands for the subject too ("As of March 10, it has grossed")', a: 'The Lanthorn documentary has grossed less than $10 million worldwide.', b: 'As of March 10, it has grossed $12.4 million worldwide.', claim: 'The Lanthorn', verdict: 'conflicting', kind: 'number' },
    { name: 'a bare description with nothing before it stands for the subject ("The film has grossed")', a: 'The Lanthorn documentary has grossed less than $10 million worldwide.', b: 'The film has grossed $12.4 million worldwide.', claim: 'The Lanthorn', verdict: 'conflicting', kind: 'number' },
    { name: 'a "-less" adjective denies its noun ("childless" / "had three children")', a: 'Ines Okafor is childless.', b: 'Ines Okafor married the engineer Jonah Lawson in 1998, with whom she had three children.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'polarity' },
    { name: 'the one date of each side of the same statement is compared, whatever the verbs ("approved" / "passed")', a: 'The Avenhall council approved the harbour repair budget on Wednesday.', b: 'On Thursday the Avenhall council passed the harbour repair budget.', claim: 'The Avenhall', verdict: 'conflicting', kind: 'date' },
    { name: 'another person\'s deed is neither support nor conflict ("Ada Ely has not conceded" / "Ola Brant conceded")', a: 'Ada Ely has not conceded defeat.', b: 'Ola Brant conceded defeat on Saturday.', claim: 'Ada Ely', verdict: 'unsupported' },
    { name: 'a silence against what the same person said on the matter ("has not commented" / "defended")', a: 'Mayor Ines Okafor has not commented on the closure.', b: 'Mayor Ines Okafor defended the closure on Friday, calling it the only responsible choice.', claim: 'Mayor', verdict: 'conflicting', kind: 'polarity' },
    { name: 'holding back from a deed is not doing it ("refrained from signing" / "signed")', a: 'The harbour board refrained from signing the Lanthorn repair contract on Monday.', b: 'The harbour board signed the Lanthorn repair contract on Monday.', claim: 'The harbour board', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a near miss did not happen ("came close to winning" / "won")', a: 'The Lanthorn trilogy came close to winning the Quellmore Prize for fiction in 1998.', b: 'The Lanthorn trilogy won the Quellmore Prize for fiction in 1998.', claim: 'The Lanthorn', verdict: 'conflicting', kind: 'polarity' },
    { name: 'so does what "nearly" happened ("nearly resigned" / "resigned")', a: 'Ines Okafor nearly resigned from the harbour board over the repair budget.', b: 'Ines Okafor resigned from the harbour board over the repair budget.', claim: 'Ines Okafor', verdict: 'conflicting', kind: 'polarity' },
    { name: '"stopped short of" denies what follows', a: 'Officials have stopped short of declaring a state of emergency along the Avenhall coast.', b: 'On Monday, officials declared a state of emergency along the Avenhall coast.', claim: 'Officials', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a full name with more first names is the same person ("Ada Ely" / "Marta Ada Ely")', a: 'Ada Ely chaired the harbour board for six years.', b: 'Marta Ada Ely (born 1961) chaired the harbour board for six years.', claim: 'Ada Ely', verdict: 'supported' },
    { name: 'a figure written alike after the same word agrees, whatever the other figures pair with ("in the starting eleven")', a: 'Pellegrini began 17 of the 34 league matches last season in the starting eleven.', b: 'Pellegrini began 17 of the 34 league matches last season in the starting eleven.', claim: 'Pellegrini', verdict: 'supported' },
    { name: 'a figure and a name given otherwise at once are two matters ("in the Osterdale assembly" / "in the Pellenley assembly")', a: 'The Progress Party won 30 seats in the new Osterdale province assembly.', b: 'The Progress Party won 36 seats in the new Pellenley province assembly.', claim: 'The Progress Party', verdict: 'unsupported' },
    { name: 'an opposite predicate conflicts ("rose" / "fell")', a: 'Ferry fares on the Lanthorn crossing rose sharply in March.', b: 'Ferry fares on the Lanthorn crossing fell sharply in March.', claim: 'Ferry fares', verdict: 'conflicting', kind: 'antonym' },
    { name: 'opposite adjectives about one thing conflict ("a long meeting" / "a short meeting")', a: 'The Avenhall council held a long meeting on the harbour levy.', b: 'The Avenhall council held a short meeting on the harbour levy.', claim: 'The Avenhall', verdict: 'conflicting', kind: 'antonym' },
    { name: 'opposite adjectives about two things do not ("a long post" / "a short discussion")', a: 'Okafor wrote a long post about the harbour levy, and the council met again on Monday.', b: 'The council met again on Monday, and Okafor wrote about the harbour levy after a short discussion.', claim: 'Okafor wrote', verdict: 'supported' },
    { name: 'a leftover word the claim names too is no substitution ("the Gristowmouth knitting circle" / "... in Gristowmouth")', a: 'The Gristowmouth knitting circle cancelled its plans for the weekend.', b: 'The Gristowmouth knitting circle in Gristowmouth put a hand-written notice in its window without waiting for official advice.', claim: 'The Gristowmouth', verdict: 'unsupported' },
    { name: 'an object the claim names as its subject is no other object ("Thorvaldsen Ferries is putting on crossings" / "laid on by Thorvaldsen Ferries")', a: 'Thorvaldsen Ferries is putting on more crossings of the River Lune while the bridge is shut.', b: 'Additional ferry sailings across the River Lune have been laid on by Thorvaldsen Ferries.', claim: 'Thorvaldsen Ferries', verdict: 'supported' },
    { name: 'figures and names given otherwise are two matters, whatever the frames ("Wesridge diverted £27.7 million from Rosmore" / "Dalley diverted £8.9m from Lindqvist")', a: 'Prosecutors said Wesridge had diverted £27.7 million from Rosmore Insurance.', b: 'Prosecutors said Dalley had diverted £8.9m from Lindqvist Retail.', claim: 'Prosecutors', verdict: 'unsupported' },
    { name: 'a figure given otherwise about the same named place is still a conflict', a: 'The Progress Party won 30 seats in the new Osterdale province assembly.', b: 'The Progress Party won 36 seats in the new Osterdale province assembly.', claim: 'The Progress Party', verdict: 'conflicting', kind: 'number' },
    { name: 'a quotation\'s denial still conflicts with the article\'s own statement', a: '“The harbour board did not approve the Lanthorn repair budget on Tuesday,” Marta Ely said.', b: 'The harbour board approved the Lanthorn repair budget on Tuesday.', claim: '“The harbour', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a denial of an intention conflicts with the intention ("has ruled out an appeal" / "announced that ... would appeal")', a: 'The defence has ruled out an appeal by Lawson.', b: 'On Wednesday the defence announced that Lawson would appeal.', claim: 'The defence', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a degree in another clause leaves the denial a denial ("did not approve the budget as it was so large")', a: 'The harbour board did not approve the repair budget as it was so large.', b: 'The harbour board approved the repair budget on Tuesday.', claim: 'The harbour board', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a figure given otherwise on the same weekday still conflicts ("a 4.6 quake ... early Sunday" / "a 4.2 earthquake ... on Sunday morning")', a: 'A 4.6 quake rattled Avenhall County early Sunday.', b: 'A 4.2 magnitude earthquake shook a remote area of Avenhall County on Sunday morning.', claim: 'A 4.6', verdict: 'conflicting', kind: 'number' },
    { name: 'a date given otherwise about the same subject, in other words, still conflicts ("The Central Bank of Arlaria ... on Monday" / "Interest rates in Arlaria ... on 12 January")', a: 'The Central Bank of Arlaria reduced its main interest rate on Monday.', b: 'Interest rates in Arlaria were reduced by the central bank on 12 January.', claim: 'The Central', verdict: 'conflicting', kind: 'date' },
    { name: 'a duration framed by the same verb and object is about that object, whatever the two subjects ("Volunteers have run the food bank for eight years" / "The council has run the food bank for ten years")', a: 'Volunteers have run the Avenhall food bank for eight years.', b: 'The Avenhall council has run the food bank for ten years.', claim: 'Volunteers', verdict: 'conflicting', kind: 'duration' },
    { name: 'opposite verbs said of one subject still conflict ("the chess club closed an hour early" / "opened its doors")', a: 'The Avenhall chess club closed an hour early.', b: 'The Avenhall chess club opened its doors to anyone who needed somewhere warm to wait.', claim: 'The Avenhall', verdict: 'conflicting', kind: 'antonym' },
    { name: 'a figure given otherwise by a source that says more of the same subject still conflicts ("Parents at Whitlock School" / "... in Nevermouth")', a: 'Parents at Whitlock Primary School collected 39 signatures for the petition.', b: 'Parents at Whitlock Primary School in Nevermouth collected 40 signatures within hours of the news.', claim: 'Parents at', verdict: 'conflicting', kind: 'number' },
    { name: 'two attributed figures of one event conflict, whoever gives them ("Officials said 250" / "Police said 300")', a: 'Officials said 250 people died in the Avenhall earthquake.', b: 'Police said 300 people died in the Avenhall earthquake.', claim: 'Officials', verdict: 'conflicting', kind: 'number' },
    { name: 'nothing else speaks to it', a: 'Parking fees at the ferry terminal will rise in the spring.', b: 'The harbour board approved the Lanthorn repair budget.', claim: 'Parking fees', verdict: 'unsupported' },
    { name: 'a subject and a deed the source gives in two clauses with subjects of their own state nothing ("the crew collected ..., and teachers ... asked")', a: 'Teachers at Quellmore Primary School gathered outside to swap news.', b: 'The Quellmore lifeboat crew collected 360 signatures, and teachers at Quellmore Primary School asked for a meeting with local officials.', claim: 'Teachers', verdict: 'unsupported' },
    { name: 'nor do they after an opening "While ...," when only the town\'s name is shared ("the Avenhall lifeboat crew" / "the Avenhall rowing club")', a: 'The Avenhall lifeboat crew handed out maps.', b: 'While the Avenhall rowing club handed out maps, the Avenhall lifeboat crew collected signatures.', claim: 'The Avenhall', verdict: 'unsupported' },
    { name: 'nor after a semicolon', a: 'Marta Ely posted updates on the club\'s website.', b: 'The Avenhall chess club posted updates on its website on Monday; Marta Ely asked for a meeting with the council.', claim: 'Marta', verdict: 'unsupported' },
    { name: 'a source with no word for the claim\'s deed, neither its verb nor its object, does not state it ("stayed open late" / "lent chairs and tables")', a: 'The Avenhall knitting circle in Avenhall stayed open late into the evening.', b: 'The Avenhall knitting circle lent chairs and tables to a neighbouring hall.', claim: 'The Avenhall', verdict: 'unsupported' },
    { name: 'a broader word for the deed\'s object is no word for it ("spent the morning" / "within hours of the news")', a: 'A shop assistant from Avenhall\'s hill district spent the morning phoning relatives.', b: 'A shop assistant from Avenhall\'s hill district decided to postpone a family celebration within hours of the news.', claim: 'A shop', verdict: 'unsupported' },
    { name: 'another verb for the deed with its object is still a statement of it ("appeared in multiple television shows" / "starred in the television shows")', a: 'Marta Ely appeared in multiple television shows.', b: 'Ely also starred in the television shows The Class and Party Down.', claim: 'Marta', verdict: 'supported' },
    { name: 'a verb of a relative clause is not the deed ("is a series that fits into the genre of satire")', a: 'The Lanthorn Show is a series that fits into the genre of satire.', b: 'The Lanthorn Show is an American satirical series that ran on Channel 9 from 1968 to 1973.', claim: 'The Lanthorn', verdict: 'supported' },
    { name: 'in a claim of several statements, the first verb is not the whole deed ("are appointed by consensus, and Okafor has the backing of about 20")', a: 'Harbour board chairs are appointed by consensus, and Ines Okafor has the backing of about 20 members so far.', b: 'Ines Okafor has the backing of about 20 members of the harbour board.', claim: 'Harbour', verdict: 'supported' },
    { name: 'the object after another verb may read as a verb ("recorded 11 snaps" / "played 11 snaps")', a: 'Jonah Lawson recorded 11 snaps in a Week 13 game against the Avenhall Ravens.', b: 'Lawson played 11 snaps in Week 13 against the Avenhall Ravens.', claim: 'Jonah', verdict: 'supported' },
    { name: 'a second verb of the same subject after ", and" states its deed ("..., and helped found")', a: 'Ines Okafor helped to found the Avenhall rowing club.', b: 'Okafor started her career at the port in 1990, and helped found the Avenhall rowing club in 1991.', claim: 'Ines', verdict: 'supported' },
    { name: 'so does a clause whose pronoun is the subject again (", and she helped found")', a: 'Ines Okafor helped to found the Avenhall rowing club.', b: 'Okafor started her career at the port in 1990, and she helped found the Avenhall rowing club in 1991.', claim: 'Ines', verdict: 'supported' },
    { name: 'a semicolon in brackets opens no clause ("(mayor of Avenhall; 2010 to 2018) founded")', a: 'Ines Okafor founded the Avenhall rowing club.', b: 'Ines Okafor (mayor of Avenhall; 2010 to 2018) founded the Avenhall rowing club.', claim: 'Ines', verdict: 'supported' },
    { name: 'a participle after the main clause\'s comma goes on about its subject, even one tagged as a noun (", generating awareness and funds")', a: 'The Avenhall harbour festival generated awareness and funds for the lifeboat crew.', b: 'Although the festival was marred by losses - a result of bad weather - the Avenhall harbour festival is seen as a success, generating awareness and funds for the lifeboat crew.', claim: 'The Avenhall', verdict: 'supported' },
    { name: 'the comma that closes an opening "Although ..." clause starts the main clause, where the subject and its deed stand together', a: 'The Avenhall harbour festival raised awareness and funds for the lifeboat crew.', b: 'Although the first festival lost money, the Avenhall harbour festival raised awareness and funds for the lifeboat crew.', claim: 'The Avenhall', verdict: 'supported' },
    { name: 'a compound WordNet does not know is a kind of its last word ("cyber-criminals" are criminals), not another one', a: 'The Avenhall flaw is being actively exploited by cyber criminals and getting worse every day.', b: 'The Avenhall flaw is being actively exploited by cyber-criminals and getting worse every day.', claim: 'The Avenhall', verdict: 'supported' },
    { name: 'a figure whose counted noun the source never names is not a headless figure beside others ("200,000 residents" / "a 5.6 quake")', a: 'The island, which has about 200,000 residents, is about 940 miles south of Avenhall, the capital.', b: 'Early on Sunday a 5.6 quake jolted the island, some 930 miles south of the capital, Avenhall.', claim: 'The island', verdict: 'supported' },
    { name: 'the one figure of a kind on each side of one statement is still compared without its noun ("minus 20" / "minus 17 degrees")', a: 'Outside temperatures were minus 20 as firefighters battled the blaze at the Avenhall depot.', b: 'Firefighters fought the blaze at the Avenhall depot in temperatures of minus 17 degrees.', claim: 'Outside', verdict: 'conflicting', kind: 'number' },
    { name: 'copy without apostrophes negates as copy with them ("cant speak" / "can speak")', a: 'Mayor Okafor cant speak for the Avenhall harbour board on Monday.', b: 'Mayor Okafor can speak for the Avenhall harbour board on Monday.', claim: 'Mayor', verdict: 'conflicting', kind: 'polarity' },
    { name: 'a source value that agrees with one claim figure is not compared with another ("Out of 23 arrested pirates, 12 ..." / "Of the 23 pirates arrested, 12 ...")', a: 'Out of 23 arrested pirates, 12 are reportedly from Kelmland and 11 from Avenhall.', b: 'Of the 23 pirates arrested, 12 are reported to be from Kelmland and 11 from Avenhall.', claim: 'Out of', verdict: 'supported' },
    { name: 'a sentence that both denies and states a verb is matched by its statement ("didn\'t hear a gunshot but heard noise")', a: 'Jonah Lawson, who lives next door, said he didn\'t hear a gunshot but heard noise outside the Avenhall depot.', b: 'Jonah Lawson, who lives next door, said he didn\'t hear a gunshot but heard noise outside the Avenhall depot.', claim: 'Jonah', verdict: 'supported' },
    { name: 'a negation written apart in tokenised copy is one ("didn ’ t return")', a: 'Mayor Okafor didn\'t return a call seeking further comment on the Avenhall depot.', b: 'Mayor Okafor didn ’ t return a call seeking further comment on the Avenhall depot.', claim: 'Mayor', verdict: 'supported' },
    { name: 'reports of one event minutes apart still dispute a figure ("at about 9:27 a.m." / "at about 9:30 a.m.")', a: 'The earthquake near Avenhall struck at about 9:27 a.m. and had a depth of 1.4 miles, according to the survey.', b: 'The earthquake near Avenhall struck at about 9:30 a.m. and had a depth of 2.7 miles, according to the survey.', claim: 'The earthquake', verdict: 'conflicting', kind: 'number' },
    { name: 'two bodies of a kind in one place do not state each other\'s deeds ("the Wenendale camera club" / "the Wenendale chess club")', a: 'The Wenendale camera club wrote to the council asking for more information.', b: 'The Wenendale chess club wrote to the council asking for more information.', claim: 'The Wenendale', verdict: 'unsupported' },
    { name: 'nor does a shop of another kind in the same street, though WordNet makes a bakery a shop', a: 'The bakery on Fenton Road closed an hour early because of the bridge closure.', b: 'The hardware shop on Fenton Road closed an hour early because of the bridge closure.', claim: 'The bakery', verdict: 'unsupported' },
    { name: 'a subject that says more ("Teachers at Corby Primary School in Dorarcombe") is the same subject', a: 'Teachers at Corby Primary School organised a rota to check on elderly people nearby.', b: 'Teachers at Corby Primary School in Dorarcombe organised a rota to check on elderly people nearby.', claim: 'Teachers', verdict: 'supported' },
    { name: 'a subject that says less ("the club in Wenendale") is the same subject', a: 'The Wenendale rowing club closed an hour early because of the bridge closure.', b: 'The club in Wenendale closed an hour early because of the bridge closure.', claim: 'The Wenendale', verdict: 'supported' },
    { name: 'a predicate adjective of the same subject still opposes its antonym ("was long" / "was short")', a: 'The queue at the Avenhall harbour ferry was long on Monday.', b: 'The queue at the Avenhall harbour ferry was short on Monday.', claim: 'The queue', verdict: 'conflicting', kind: 'antonym' },
    { name: 'the claim\'s subject in the words of the source\'s predicate is still its subject ("Two harbour venues" / "... is one of three harbour venues")', a: 'Two Avenhall harbour venues have not hosted a final yet.', b: 'Through the 2016 season, Kelm Stadium is one of three Avenhall harbour venues that have yet to host a final of any kind.', claim: 'Two Avenhall', verdict: 'conflicting', kind: 'number' },
    { name: 'a name after the verb put otherwise is still a conflict ("is on Penridge Avenue" / "is on Ashford Road")', a: 'The Avenhall ferry terminal is on Penridge Avenue.', b: 'The Avenhall ferry terminal is on Ashford Road.', claim: 'The Avenhall', verdict: 'conflicting', kind: 'object' },
    { name: 'the same verb with another object is another thing done, not stated ("offered a spare room" / "offered free tea")', a: 'The owner of a barber shop on Braddale Lane in Avenhall offered a spare room to a colleague on Monday.', b: 'The owner of a barber shop on Braddale Lane in Avenhall offered free tea to anyone who came in on Monday.', claim: 'The owner', verdict: 'unsupported' },
    { name: 'the same verb and object with another detail still states the deed ("offered a spare room to a colleague" / "to a friend")', a: 'The owner of a barber shop on Braddale Lane in Avenhall offered a spare room to a colleague on Monday.', b: 'The owner of a barber shop on Braddale Lane in Avenhall offered a spare room to a friend on Monday.', claim: 'The owner', verdict: 'supported' },
    { name: 'a length that qualifies a noun measures the noun, whatever the verb ("handed him a fourteen-year prison sentence" / "was sentenced to seventeen years")', a: 'The judge handed Selfield a fourteen-year prison sentence.', b: 'Selfield was sentenced to seventeen years in prison.', claim: 'The judge', verdict: 'conflicting', kind: 'duration' },
    { name: 'durations told by kindred verbs still conflict ("has chaired the board for six years" / "has headed the board for nine years")', a: 'Ines Okafor has chaired the Avenhall harbour board for six years.', b: 'Ines Okafor has headed the Avenhall harbour board for nine years.', claim: 'Ines', verdict: 'conflicting', kind: 'duration' },
    { name: 'lengths a few times apart still conflict ("served five months" / "four months")', a: 'Ines Okafor served five months in the Avenhall prison.', b: 'Ines Okafor served four months in the Avenhall prison.', claim: 'Ines', verdict: 'conflicting', kind: 'duration' },
    { name: 'a list\'s last comma opens no clause ("ports, shipping, and logistics after graduating")', a: 'Ines Okafor graduated from Avenhall College in 1988.', b: 'Ines Okafor is an engineer who works in ports, shipping, and logistics after graduating from Avenhall College in 1988.', claim: 'Ines', verdict: 'supported' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const verdict = verdictOf({ 'a.txt': dated('2024-03-12', c.a), 'b.txt': dated('2024-03-12', c.b) }, 'a.txt', c.claim);
      assert.equal(verdict.verdict, c.verdict, JSON.stringify(verdict.sources.map((s) => [s.relation, s.score, s.conflict])));
      if (c.kind) assert.equal(verdict.conflict?.kind, c.kind);
      if (c.verdict !== 'unsupported') assert.ok(verdict.sources.some((s) => s.articleId === 'b.txt'));
    });
  }

  // Pairs that share words but must not conflict; each guards one rule of the comparison.
  const noConflict: Array<{ name: string; a: string; b: string; claim: string }> = [
    { name: 'a denial reaches across "or" between two nouns ("no reports of injuries or major damage" / "no reports of damage or injuries")', a: 'There are no reports of injuries or major damage in Avenhall.', b: 'There were no reports of damage or injuries in Avenhall, but there were some aftershocks.', claim: 'There are' },
    { name: 'durations of two deeds told by two verbs are two matters ("voted in the province for thirty years" / "governed the province for five years")', a: '“I voted in Quellmore province for thirty years and I have never seen queues like that,” Ms. Pryce said.', b: 'Okafor has governed Quellmore province for five years.', claim: '“I voted' },
    { name: 'a source word that answers another claim word better is not denied by the claim ("did not read the briefing,” said a staff member who spoke" / "said a staff member who spoke")', a: '“Half the people in that room in Avenhall did not read the briefing,” said a staff member who spoke on condition of anonymity.', b: '"In Avenhall it was always going to end this way," said a staff member who spoke on condition of anonymity.', claim: '“Half' },
    { name: 'a date in a condition states no fact ("If you had asked me a year ago, ...")', a: 'Residents of Calwood Road in Avenhall asked for more flexible hours this week.', b: '“If you had asked me a year ago, I would have said this could never happen in Avenhall,” Ms. Okafor said.', claim: 'Residents' },
    { name: 'two prepositions after one verb are two slots ("convicted of fraud" / "convicted by ten jurors")', a: 'Okafor has now been convicted of fraud twice.', b: 'Okafor was convicted by ten jurors.', claim: 'Okafor has' },
    { name: 'a preposition and a direct object are two slots ("heard from 42 witnesses" / "heard evidence")', a: 'The Avenhall High Court heard from 42 witnesses.', b: 'Jurors at the Avenhall High Court heard evidence over 14 weeks.', claim: 'The Avenhall' },

    { name: 'a denial of a lone word is no conflict: it names nothing both speak of ("There were no objections")', a: 'There were no objections.', b: 'The objections of the port union delayed the harbour board vote.', claim: 'There were' },
    { name: 'a thing denied is a matter of its own: sentences that share that noun and little else do not conflict ("a city without people" / "20,000 people joined")', a: 'Otherwise, Avenhall was a quiet and dark city without people on its streets.', b: 'In Avenhall a further 20,000 people joined the city\'s demonstrations.', claim: 'Otherwise' },
    { name: 'a time from an event is no length of something ("six weeks after Okafor died" / "had run the depot for 48 years")', a: 'The Avenhall depot break-in took place six weeks after Okafor died.', b: 'Okafor, who had run the Avenhall depot for 48 years, died in May.', claim: 'The Avenhall' },
    { name: 'two lengths no report would mistake for each other measure two things ("about three hours" / "four years")', a: 'It took about three hours to knock the Avenhall depot fire down, the chief said.', b: 'The dissolution of the Avenhall depot company has taken four years, the chief said.', claim: 'It took' },
    { name: 'a figure the source gives too, in whatever frame, is not disputed by its other figure ("aged 15 and 12" / "ages 12 and 15")', a: 'Okafor was convicted of assaulting two girls, aged 15 and 12, in Avenhall.', b: 'Okafor is accused of assaulting two girls, ages 12 and 15, in Avenhall.', claim: 'Okafor' },
    { name: 'a figure given otherwise at another time of day is another event ("at about 7:30 a.m." / "at about 9:30 a.m.")', a: 'The earthquake near Avenhall struck at about 7:30 a.m. and had a depth of 1.4 miles, according to the survey.', b: 'The earthquake near Avenhall struck at about 9:30 a.m. and had a depth of 2.7 miles, according to the survey.', claim: 'The earthquake' },
    { name: 'the very figure written otherwise is the claim figure\'s own, not another\'s to dispute ("6. 1 magnitude" / "magnitude - 6. 1")', a: 'Avenhall earthquake: 24 dead and over 200 injured as 6. 1 magnitude quake hits Kelm province', b: 'A magnitude - 6. 1 earthquake struck Kelm province in Avenhall on Tuesday at 07: 37 a. m.', claim: 'Avenhall earthquake' },
    { name: 'a date belongs to the verbs of its own clause, not to those after a conjunction and a new subject ("divorced in 1947 and Marta Ely continued her modeling")', a: 'They divorced in 1947 and Marta Ely continued her modeling work in Avenhall.', b: 'She began modeling in 1950 when she met Avenhall police officer and photographer Jonah Lawson.', claim: 'They divorced' },
    { name: 'opposite adjectives that qualify no noun oppose each other only said of one subject ("the ferry got back late" / "the lifeboat crew opened the rescue early")', a: 'The Avenhall ferry got back to the harbour late in the fourth hour of the storm.', b: 'The lifeboat crew opened the rescue early in the first hour of the storm at the Avenhall harbour.', claim: 'The Avenhall' },
    { name: 'a reporting verb\'s attribution is its own clause: a clause before it is asserted, and its subject read ("A postal worker from the harbour quarter delivered 570 ..., and parents said ...")', a: 'A postal worker from Morenfield\'s old town in Morenfield delivered 82 food parcels.', b: 'A postal worker from Morenfield\'s harbour quarter delivered 570 food parcels after hearing about the verdict, and parents at Penhurst Primary School said they had changed their plans.', claim: 'A postal' },
    { name: 'a subject word WordNet matches with another word outside the source\'s subject is still the subject\'s own ("the Pellendale allotment society" / "... society delivered 220 food parcels")', a: 'Volunteers from the Pellendale allotment society delivered 87 food parcels after a short discussion.', b: 'Volunteers from the Pellendale amateur dramatic society delivered 220 food parcels in response to the rate decision.', claim: 'Volunteers' },
    { name: 'another name within the subject\'s phrase is another one of its kind, not the same one put elsewhere ("the corner café on Penridge Avenue" / "on Ashford Road")', a: 'The corner café on Penridge Avenue moved its weekly meeting to a smaller room.', b: 'Staff at the Hardale health centre were among the first to offer help, and the corner café on Ashford Road in Hardale moved its weekly meeting to a smaller room.', claim: 'The corner' },
    { name: 'a rounded conversion agrees with a figure near it ("35 miles" / "about 58km (36 miles)")', a: 'The survey said the quake was 35 miles southwest of Avenhall.', b: 'The survey put the epicentre of Sunday\'s quake at about 58km (36 miles) south-west of Avenhall.', claim: 'The survey' },
    { name: 'a member of a group is no conflict with a name the source gives ("one of the founders")', a: 'The Avenhall rowing club was founded by Marta Ely among others.', b: 'The Avenhall rowing club was founded by Jonah Lawson.', claim: 'The Avenhall' },
    { name: '"Nobody in <place> wants" denies no word of the place\'s own phrase, nor the verb past it', a: '"Nobody in Avenhall wants to be the one who says no," Marta Ely said.', b: '"Avenhall needs a plan before the end of the month," Marta Ely said.', claim: '"Nobody' },
    { name: 'two first names that only begin alike are two people ("Ines Okafor" / "Iris Okafor")', a: 'Ines Okafor won 47 percent of the harbour board vote.', b: 'Iris Okafor won 45 percent of the harbour board vote.', claim: 'Ines' },
    { name: 'names that share only a last word are two subjects, not one with another object', a: 'Hendry Ferries will add extra sailings across the River Idle.', b: 'Penton Ferries will add extra sailings across the River Kell.', claim: 'Hendry' },
    { name: 'a statement is not refuted by an article where the person had not commented yet', a: 'Mayor Ines Okafor defended the closure on Friday, calling it the only responsible choice.', b: 'Mayor Ines Okafor has not commented on the closure.', claim: 'Mayor' },
    { name: '"refused to rule out" is no denial of what follows', a: 'Governor Ines Okafor refused to rule out further rate moves.', b: 'Governor Ines Okafor said further rate moves would follow.', claim: 'Governor' },
    { name: 'two speakers\' quotations, one denying, are each reported as said ("“... is not ready”" / "“... will be ready,” according to ...")', a: '“The Lanthorn repair plan is not ready for a vote.”', b: '“The Lanthorn repair plan will be ready for a vote,” according to Jonah Lawson.', claim: '“The Lanthorn' },
    { name: 'two speakers\' quotations with opposite predicates ("“fares rose”" / "“fares fell”")', a: '"Ferry fares on the Lanthorn crossing rose sharply in March," Marta Ely said.', b: '"Ferry fares on the Lanthorn crossing fell sharply in March," Jonah Lawson said.', claim: '"Ferry fares' },
    { name: 'a negation over a degree compares, as a superlative does ("no storm this strong ... for five decades" / "the strongest storm ... in fifty years")', a: 'No storm this strong had struck the Avenhall coast for five decades.', b: 'It was the strongest storm to hit the Avenhall coast in fifty years.', claim: 'No storm' },
    { name: 'a figure in another clause with a subject of its own is not the claim subject\'s ("..., and a nurse ... collected 400 signatures")', a: 'Parents at Radhurst Primary School collected 32 signatures for the petition on Monday, and handed them to the council.', b: 'Parents at Radhurst Primary School organised a rota on Monday, and a nurse from the east end collected 400 signatures for the petition.', claim: 'Parents at' },
    { name: 'subjects that each have a word the other lacks are two people ("a postal worker from Avenhall\'s west end handed out 75" / "a delivery driver from ... 280")', a: 'A postal worker from Avenhall\'s west end handed out 75 maps.', b: 'A delivery driver from Avenhall\'s west end handed out 280 maps.', claim: 'A postal' },
    { name: 'a form in "-ing" before a noun is part of the subject, not its verb ("the Pellendale walking group collected 48" / "volunteers from the Pellendale cricket club collected 470")', a: 'The Pellendale walking group collected 48 signatures.', b: 'Volunteers from the Pellendale cricket club collected 470 signatures once the first reports came through.', claim: 'The Pellendale' },
    { name: 'two societies of one town are two subjects ("the Pellendale amateur dramatic society" / "the Pellendale allotment society")', a: 'Volunteers from the Pellendale amateur dramatic society delivered 220 food parcels in response to the rate decision.', b: 'Volunteers from the Pellendale allotment society delivered 87 food parcels after a short discussion.', claim: 'Volunteers' },
    { name: 'a source that speaks to a third of the claim is no ground for the pair model\'s doubt ("says she is innocent of fraud and tax evasion" / "was arrested early on Monday on suspicion of fraud")', a: 'Okafor says she is innocent of fraud and tax evasion.', b: 'Another Avenhall official, Okafor, was arrested early on Monday on suspicion of fraud.', claim: 'Okafor says' },
    { name: 'a denial of a fact is not refuted by an intention ("has not overturned" / "would overturn")', a: 'The harbour board has not formally overturned the Lanthorn parking rule.', b: 'Mayor Ines Okafor said the harbour board would overturn the Lanthorn parking rule.', claim: 'The harbour board' },
    { name: 'a figure in the main clause after an opening "While ...," is not the subordinate clause\'s subject\'s ("While the rowing club cancelled its plans, the lifeboat crew handed out 550")', a: 'While the Avenhall rowing club cancelled its plans for the weekend, the Avenhall lifeboat crew handed out 550 maps.', b: 'The Avenhall rowing club handed out 260 maps after a short discussion.', claim: 'While' },
    { name: 'opposite verbs said of two subjects are no conflict ("staff ... changed their plans" / "..., and the chess club stayed open")', a: 'Staff at the Avenhall sports ground in Avenhall said they had changed their plans for the week after a short discussion.', b: 'Staff at the Avenhall sports ground asked for a meeting with local officials after a short discussion, and the Avenhall chess club stayed open late into the evening.', claim: 'Staff' },
    { name: 'a figure given otherwise on another named weekday is another event ("a 4.6 quake ... early Thursday" / "a 4.2 earthquake ... on Sunday morning")', a: 'A 4.6 quake rattled Avenhall County early Thursday.', b: 'A 4.2 magnitude earthquake shook a remote area of Avenhall County on Sunday morning.', claim: 'A 4.6' },
    { name: 'a date given otherwise about a subject that each sentence names otherwise is another matter ("The Central Bank of Arlaria ... on Monday" / "Interest rates in Raskelia ... on 12 January")', a: 'The Central Bank of Arlaria reduced its main interest rate on Monday.', b: 'Interest rates in Raskelia were reduced by the central bank on 12 January.', claim: 'The Central' },
    { name: 'the pair model\'s doubt about two subjects that each have a word the other lacks is no contradiction ("Staff at the Avenhall Library" / "Staff at the Avenhall market hall")', a: 'Staff at the Avenhall Library in Avenhall delivered 13 food parcels.', b: 'Staff at the Avenhall market hall delivered 360 food parcels in response to the appointment.', claim: 'Staff' },
    { name: 'a synonym of the claim\'s verb in a purpose clause is not the source\'s predicate ("gathered outside to swap news" / "set up a stall to collect signatures")', a: 'Parents at Quellmore Primary School gathered outside to swap news after the verdict.', b: 'Parents at Quellmore Primary School set up a stall to collect signatures after a short discussion.', claim: 'Parents' },
    { name: 'two things one subject did are both true: a different direct object is no conflict', a: 'Teachers at Quellmore Primary School asked for a meeting with local officials.', b: 'Teachers at Quellmore Primary School asked their employers for more flexible hours.', claim: 'Teachers' },
    { name: 'the pair model\'s doubt over a word of a clause of circumstance names no slot ("... changed their plans for the week while the verdict dominated the local news" / "... on the advice of neighbours")', a: 'Teachers at Quellmore Primary School said they had changed their plans for the week while the verdict dominated the local news.', b: 'Teachers at Quellmore Primary School in Avenhall said they had changed their plans for the week on the advice of neighbours.', claim: 'Teachers' },
    { name: 'the pair model\'s doubt over two nouns that are no kin in WordNet names no slot ("back on the job" / "right there")', a: 'Jonah Lawson was back on the job the next day.', b: 'Jonah Lawson happened to be right there, too.', claim: 'Jonah' },
    { name: 'nor over a place and a day ("is now in jail" / "was charged on Friday")', a: 'Marta Ely is now in jail for that crime.', b: 'Marta Ely was also charged on Friday with three counts of fraud.', claim: 'Marta' },
    { name: 'a denial in an opening clause with a subject of its own is not the main clause\'s subject\'s ("While Marta Ely has not signed on ..., Jonah Lawson is on board")', a: 'Jonah Lawson has signed on for the sequel.', b: 'While Marta Ely has not signed on for the sequel, Jonah Lawson is on board for the whole series.', claim: 'Jonah' },
  ];
  for (const c of noConflict) {
    test(c.name, () => {
      const verdict = verdictOf({ 'a.txt': dated('2024-03-12', c.a), 'b.txt': dated('2024-03-12', c.b) }, 'a.txt', c.claim);
      assert.notEqual(verdict.verdict, 'conflicting', JSON.stringify(verdict.sources.map((s) => [s.relation, s.conflict])));
    });
  }

  test('two speakers who disagree neither conflict nor support, whether or not the sentence carries the quotation\'s marks', () => {
    const rival = '"The Lanthorn repair plan is ready for a vote," Jonah Lawson said.';
    // The claim ends a quotation of two sentences: only the article's quote analysis knows its words are quoted.
    const inner = verdictOf({ 'a.txt': dated('2024-03-12', '"The council met the harbour board on Monday. The Lanthorn repair plan is not ready for a vote," Marta Ely said.'), 'b.txt': dated('2024-03-12', rival) }, 'a.txt', 'The Lanthorn');
    assert.equal(inner.verdict, 'unsupported', JSON.stringify(inner.sources.map((s) => [s.relation, s.conflict])));
    const marked = verdictOf({ 'a.txt': dated('2024-03-12', '"The Lanthorn repair plan is not ready for a vote," Marta Ely said.'), 'b.txt': dated('2024-03-12', rival) }, 'a.txt', '"The Lanthorn');
    assert.equal(marked.verdict, 'unsupported', JSON.stringify(marked.sources.map((s) => [s.relation, s.conflict])));
    const stated = verdictOf({ 'a.txt': dated('2024-03-12', 'The Lanthorn repair plan is not ready for a vote.'), 'b.txt': dated('2024-03-12', 'The Lanthorn repair plan is ready for a vote.') }, 'a.txt', 'The Lanthorn');
    assert.equal(stated.verdict, 'conflicting', 'the articles\' own words still conflict');
  });

  test('sources silent on the date do not outvote the one that names another day', () => {
    const verdict = verdictOf({
      'a.txt': dated('2024-03-12', 'The Avenhall council approved the harbour repair budget on Wednesday.'),
      'b.txt': dated('2024-03-12', 'The Avenhall council approved the harbour repair budget after a long debate.'),
      'c.txt': dated('2024-03-12', 'The Avenhall council has approved the harbour repair budget.'),
      'd.txt': dated('2024-03-12', 'The Avenhall council approved the harbour repair budget on Thursday.'),
    }, 'a.txt', 'The Avenhall');
    assert.equal(verdict.verdict, 'conflicting');
    assert.equal(verdict.conflict?.kind, 'date');
    assert.ok(verdict.sources.some((s) => s.relation === 'corroborates' && s.articleId === 'b.txt'), 'the silent sources are still listed');
  });

  test('the same words for a date, read against two articles\' days, are no conflict ("this week" a week apart)', () => {
    const sentence = 'The Avenhall council approved the harbour repair budget this week.';
    const verdict = verdictOf({ 'a.txt': dated('2024-03-05', sentence), 'b.txt': dated('2024-03-13', sentence) }, 'a.txt', 'The Avenhall');
    assert.notEqual(verdict.verdict, 'conflicting', JSON.stringify(verdict.sources.map((s) => [s.relation, s.conflict])));
    const other = verdictOf({ 'a.txt': dated('2024-03-05', sentence), 'b.txt': dated('2024-03-05', 'The Avenhall council approved the harbour repair budget last week.') }, 'a.txt', 'The Avenhall');
    assert.equal(other.verdict, 'conflicting', 'other words for another week still conflict');
    assert.equal(other.conflict?.kind, 'date');
  });

  test('an undated article\'s wholly relative dates are read against a guess and decide nothing ("yesterday")', () => {
    const undated = (when: string) => `Harbour budget approved\n\nMarch 5, 2024\n\nThe Avenhall council approved the harbour repair budget ${when}.`;
    const dated = ' date 2024-03-12 The Avenhall council approved the harbour repair budget on Wednesday.';
    const relative = verdictOf({ 'a.txt': undated('yesterday'), 'b.txt': dated }, 'a.txt', 'The Avenhall');
    assert.notEqual(relative.verdict, 'conflicting', JSON.stringify(relative.sources.map((s) => [s.relation, s.conflict])));
    const named = verdictOf({ 'a.txt': undated('on February 20'), 'b.txt': dated }, 'a.txt', 'The Avenhall');
    assert.equal(named.verdict, 'conflicting', 'a date that names its month still counts');
    assert.equal(named.conflict?.kind, 'date');
  });

  test('a conflict inside one article counts too', () => {
    const text = dated('2024-03-12', 'Okafor led the harbour board for ten years.\n\nOkafor ended her nine-year term at the harbour board in March.');
    const verdict = verdictOf({ 'a.txt': text }, 'a.txt', 'Okafor ended');
    assert.equal(verdict.verdict, 'conflicting');
  });

  test('most sources agree and one dissents: supported, with the dissent listed', () => {
    const agree = 'Okafor led the harbour board for ten years.';
    const verdict = verdictOf({
      'a.txt': dated('2024-03-12', agree), 'b.txt': dated('2024-03-12', 'Okafor has led the harbour board for ten years now.'),
      'c.txt': dated('2024-03-12', 'Okafor ended a decade-long term at the harbour board.'), 'd.txt': dated('2024-03-12', 'Okafor led the harbour board for nine years.'),
    }, 'a.txt', 'Okafor led');
    assert.equal(verdict.verdict, 'supported');
    assert.ok(verdict.sources.some((s) => s.relation === 'contradicts' && s.articleId === 'd.txt'));
  });

  test('wire copy counts as one origin', () => {
    const wire = 'The harbour board approved the Lanthorn repair budget of 40 million on Tuesday.';
    const verdict = verdictOf({
      'a.txt': dated('2024-03-12', 'On Tuesday the harbour board approved a 40 million budget for the Lanthorn repairs.'),
      'b.txt': dated('2024-03-12', wire), 'c.txt': dated('2024-03-12', wire),
    }, 'a.txt', 'On Tuesday');
    assert.equal(verdict.verdict, 'supported');
    assert.equal(new Set(verdict.sources.filter((s) => s.relation === 'corroborates').map((s) => s.articleId)).size, 2);
    assert.equal(verdict.independentOrigins, 1);
  });
});

describe('the seed corpus', () => {
  const corpus = new Corpus({ referenceDate: '2024-02-22' });
  for (const file of readdirSync(NATO)) corpus.setText(file, readFileSync(path.join(NATO, file), 'utf8'));
  corpus.refreshUndated();
  const claim = (prefix: string, start: string) => {
    const id = readdirSync(NATO).find((f) => f.startsWith(prefix))!;
    const found = corpus.report(id)!.claims.find((c) => c.text.includes(start));
    assert.ok(found, start);
    return found;
  };
  const conflicts: Array<[string, string, string[]]> = [
    ['002', 'His term was extended in July last year for a fourth time', ['004']],
    ['004', "Stoltenberg's decade-long tenure was extended twice", ['002']],
    ['003', 'for nine years', ['000', '003', '004']],
    ['003', 'It is not yet clear who the US is supporting', ['001', '002', '004']],
  ];
  for (const [file, text, sources] of conflicts) {
    test(`finds the conflict: ${file} "${text}"`, () => {
      const verdict = claim(file, text);
      assert.equal(verdict.verdict, 'conflicting');
      assert.ok(verdict.sources.some((s) => s.relation === 'contradicts' && sources.some((p) => s.articleId.startsWith(p))));
    });
  }
  test('two-thirds of the members and about 20 members do not conflict', () => {
    assert.notEqual(claim('001', 'two-thirds of NATO member states').verdict, 'conflicting');
    assert.notEqual(claim('002', 'Two diplomats said Rutte has the backing of about 20').verdict, 'conflicting');
  });
  test('boilerplate is never a claim or a source', () => {
    const report = corpus.report(readdirSync(NATO).find((f) => f.startsWith('002'))!)!;
    assert.ok(!report.claims.some((c) => /RelatedNATO|Explore|China announces/.test(c.text)));
  });
});
