import { describe, expect, it } from 'vitest';
import { actionFrame, leadFrame, type ActionFrame } from '../../../src/stories/action-frame.js';
import { compareFrames, compareWithStory } from '../../../src/stories/frame-compare.js';

const frame = (title: string, lead = ''): ActionFrame => actionFrame(title, lead);

describe('actionFrame', () => {
  it('reads quit, exit, withdrawal and quittent as one action', () => {
    const titles = [
      'Niger, Mali and Burkina Faso quit the regional bloc',
      'Three Sahel juntas announce their exit from ECOWAS',
      'Burkina Faso confirms its withdrawal from ECOWAS',
      'Le Mali, le Burkina Faso et le Niger quittent la CEDEAO',
    ];
    for (const title of titles)
      expect(frame(title), title).toEqual({ heads: [], acts: ['leave'], negated: false });
  });

  it('reads an act followed only by a reaction to it as the act', () => {
    // tnz-028 and tnz-031 of the Tinzaouaten stream lead with Mali's break with Ukraine.
    for (const title of [
      'Mali breaks off diplomatic relations with Ukraine: reaction of the Ministry of Foreign Affairs',
      'The Republic of Mali broke diplomatic relations with Ukraine. The Ministry of Foreign Affairs reacted',
    ])
      expect(frame(title), title).toEqual({ heads: [], acts: ['sever'], negated: false });
    // A label naming only the attack is no act: what follows is the report (bar-013).
    expect(frame('Attaque de Barsalgho : Le gouvernement solidaire aux victimes').heads).toEqual([
      'respond',
    ]);
  });

  it('reads a verb of command or speech as the head of the frame', () => {
    expect(frame('Washington orders non-emergency staff to leave Niger')).toEqual({
      heads: ['order'],
      acts: ['leave'],
      negated: false,
    });
    expect(frame('Le Burkina Faso notifie son retrait à la CEDEAO').heads).toEqual(['notify']);
  });

  it('reads an actor saying it attacked as a claim of the attack', () => {
    expect(frame('JNIM says it attacked soldiers near Kidal').heads).toEqual(['claim']);
    expect(frame('Le JNIM affirme avoir attaqué un camp près de Kidal').heads).toEqual(['claim']);
    expect(frame('Army says it repelled an assault near Djibo').heads).toEqual([]);
  });

  it('marks a negated headline, in English and French', () => {
    expect(frame('ECOWAS says it is yet to receive formal notice of withdrawal').negated).toBe(
      true,
    );
    expect(frame("La CEDEAO dit n'avoir pas reçu de notification du retrait").negated).toBe(true);
    expect(frame('Burkina Faso sends formal notice of withdrawal').negated).toBe(false);
  });

  it('leaves out the cause a headline gives after amid, after or over', () => {
    expect(frame('US urges citizens to leave Mali amid attacks on fuel convoys').acts).toEqual([
      'leave',
    ]);
    expect(frame('NGOs suspend work in Ménaka after two staff kidnapped').acts).toEqual([
      'suspend',
    ]);
  });

  it('takes the act that answers a cause as the report’s own, not a reaction', () => {
    const lead =
      "Mali's junta responded to the fuel blockade by shuttering all schools until mid-November.";
    expect(leadFrame(lead)).toMatchObject({ heads: [], acts: ['close'] });
  });

  it('leaves out what a headline says may happen', () => {
    expect(frame('Sahel juntas weigh leaving the CFA franc')).toMatchObject({
      heads: [],
      acts: [],
    });
    expect(frame('Niger threatens to close the Benin border')).toMatchObject({ acts: [] });
  });

  it('reads the lead sentence when the headline names no action, and marks it', () => {
    const read = frame(
      'Fuel blockade enflames tensions in Mali',
      'The junta ordered schools shut on Sunday. Queues grew in Bamako.',
    );
    expect(read).toMatchObject({ heads: ['order'], acts: ['close'], fromLead: true });
  });

  it('reads the act after an opening cause that ends at its comma', () => {
    expect(frame('Face à la menace jihadiste, le Mali ferme ses écoles').acts).toEqual(['close']);
    expect(frame('ECOWAS reacts to Niger, Mali, Burkina Faso’s exit').acts).toEqual([]);
  });

  it('does not read authorities, departments, advisers or considerable as actions', () => {
    for (const title of [
      'Authorities in Gao say calm has returned',
      'Les autorités du département de Kayes font le point',
      'Russian military advisers seen in Niamey',
      'Considerable damage in Gao after the storm',
    ])
      expect(frame(title), title).toMatchObject({ heads: [], acts: [] });
  });

  it('does not take a striker (attaquant) for an attack', () => {
    expect(frame('Football : Traoré, attaquant des Étalons, marque encore').acts).toEqual([]);
  });
});

describe('compareFrames', () => {
  const exit = frame('Mali, Niger and Burkina Faso leave ECOWAS');
  const notice = frame('Burkina Faso sends ECOWAS formal notice of withdrawal');
  const noNotice = frame('ECOWAS says it has not received formal notice of withdrawal');

  it('agrees on the same action told in two languages', () => {
    expect(
      compareFrames(exit, frame('Le Burkina Faso, le Mali et le Niger quittent la CEDEAO')),
    ).toBe('agree');
  });

  it('parts a statement from the action it is about, weakly', () => {
    expect(compareFrames(exit, notice)).toBe('weak-conflict');
  });

  it('parts a negated statement from the same statement', () => {
    expect(compareFrames(notice, noNotice)).toBe('conflict');
  });

  it('parts two different plain actions', () => {
    expect(compareFrames(frame('Niger closes its airspace'), frame('Niger suspends flights'))).toBe(
      'conflict',
    );
  });

  it('lets a reaction agree with another statement of the same side', () => {
    expect(compareFrames(frame('ECOWAS responds to the juntas’ decision'), noNotice)).toBe('agree');
  });

  it('counts a toll and an attack as one happening', () => {
    expect(
      compareFrames(
        frame('Gunmen attack army camp near Ménaka'),
        frame('Seven soldiers killed in Ménaka'),
      ),
    ).toBe('agree');
  });

  it('never parts reports on a lead sentence, which often recalls the background', () => {
    const fromLead = leadFrame('The border has been closed since the coup of July 2023.');
    expect(compareFrames(fromLead, frame('Niger suspends flights to Benin'))).toBe('unknown');
  });

  it('knows nothing of a report whose frame is empty', () => {
    expect(compareFrames(frame('Life in Niamey, one year on'), exit)).toBe('unknown');
  });
});

describe('compareWithStory', () => {
  it('lets one clear conflict outweigh agreement with other reports of the story', () => {
    const story = [
      frame('ECOWAS responds to the juntas'),
      frame('ECOWAS says it has no notice of withdrawal'),
    ];
    expect(compareWithStory(frame('Mali sends ECOWAS notice of withdrawal'), story)).toBe(
      'conflict',
    );
  });

  it('reads a story begun by a statement as the statement, not as the act its reports tell', () => {
    // A report of the act taken in on its lead does not make the admission agree with the fight.
    const admission = [
      frame('Wagner confirms deaths of soldiers in Mali'),
      frame('Wagner fighters killed in fierce battles in Mali'),
    ];
    expect(compareWithStory(frame('Mali : première grande défaite Wagner'), admission)).toBe(
      'weak-conflict',
    );
    const claim = [
      frame('Le JNIM revendique l’attaque de Djibo'),
      frame('Attaque de Djibo : des dizaines de soldats tués'),
    ];
    expect(compareWithStory(frame('Djibo : une attaque fait des dizaines de morts'), claim)).toBe(
      'weak-conflict',
    );
    // A story begun by the act still agrees with the act.
    const fight = [frame('Wagner fighters killed in fierce battles in Mali'), admission[0]!];
    expect(compareWithStory(frame('Mali : première grande défaite Wagner'), fight)).toBe('agree');
  });

  it('reads a story begun by the act as the act, not as a statement it took in', () => {
    const attack = [
      frame('Jihadists attack army base in Djibo'),
      frame('JNIM claims attack on Djibo army base'),
    ];
    expect(compareWithStory(frame('Le JNIM revendique la mort de 200 soldats'), attack)).toBe(
      'weak-conflict',
    );
    // A story begun by the claim still agrees with the claim.
    const claim = [attack[1]!, attack[0]!];
    expect(compareWithStory(frame('Le JNIM revendique la mort de 200 soldats'), claim)).toBe(
      'agree',
    );
  });

  it('knows nothing of a story whose reports named no action', () => {
    expect(compareWithStory(frame('Mali leaves ECOWAS'), [])).toBe('unknown');
  });
});
