package briefing

import (
	"strings"
	"testing"
)

// TestOutcomeCue pins the kind of outcome sentences state, including the
// cues and the weakenings added from unseen releases of the dev set's
// sources (sentences written for this test).
func TestOutcomeCue(t *testing.T) {
	for _, tc := range []struct {
		text string
		kind string
		firm bool // weight at least firm
	}{
		{"The two sides signed a memorandum of understanding on trade.", "signed", true},
		{"Five acting ministers have been appointed for three ministries.", "decision", true},
		{"President Fernando appointed three Ambassadors to serve abroad.", "decision", true},
		{"The United States announced an emergency mission to deliver aid by sea.", "decision", true},
		{"The United States will offer to sell Poland 96 helicopters.", "commitment", true},
		{"Cyprus will soon convene senior officials to discuss the corridor.", "next_step", true},
		{"The summit is set to take place in Lisbon in May.", "next_step", true},
		{"The park is set to play a vital role in modernising logistics.", "", false},
		{"The European Parliament recognises the famine as genocide.", "decision", true},
		{"The President has appointed Mr K. Perera as the Chief Secretary of the Western Province.", "decision", true},
		{"The authority has restricted the number of projects per engineer to ten.", "decision", true},
		{"The three countries have expanded the scope of the committee.", "decision", true},
		{"The ministry has planned to construct a new two-lane bridge.", "decision", true},
		{"A decision was made to reduce the free storage period to two days.", "decision", true},
		{"The President instructed officials to clear the backlog within four days.", "decision", true},
		{"Four new justices were sworn in before the President.", "decision", true},
		{"President Lula invited President Biden to visit Brazil.", "next_step", true},
		{"Upon concluding the meeting, both sides proceeded to sign several key MoUs.", "signed", true},
		{"Effective 1st July 2025, tickets will be available only to users authenticated with Aadhaar.", "decision", true},
		{"The new rules will come into force on 1 January.", "decision", true},
		{"An agreement was reached to receive support from the Dutch government.", "agreement", true},
		{"The government has reached a staff-level agreement with the Fund.", "agreement", true},
		{"The Union Minister has also given approval to extend the procurement period.", "decision", true},
		{"I also commissioned an independent review of capacities across the system.", "decision", true},
		{"MEPs want a new law to strengthen national minimum income schemes.", "decision", true},
		{"The President revealed intentions to establish a dedicated unit.", "commitment", true},
		{"During the visit, the President will hold discussions with the Premier.", "next_step", true},
		{"The Minister felicitated the expedition team at a ceremony.", "result", true},
		{"The Prime Minister laid the foundation stone for a new port in Kerala.", "result", true},
		{"As announced at the summit, the plan was ready.", "", false},
		{"The letters were handed over at a ceremony.", "", false},
		{"Aadhaar-based OTP authentication will become mandatory for online bookings.", "decision", true},
		{"Agents will not be permitted to book tickets in the first half hour.", "decision", true},
		{"The Union Minister will inaugurate the new fisheries projects.", "next_step", true},
		{"Both sides underscored their shared commitment to joint projects.", "commitment", true},
		// weakened or not outcomes at all
		{"It is now widely recognized that we need a coherent economic system.", "statement", false},
		{"This historic visit underscores our ironclad commitment to the Alliance.", "statement", false},
		{"India’s participation reflects the country’s commitment to the ocean agenda.", "statement", false},
		{"Mr. Sullivan reiterated appreciation for the President’s participation.", "statement", false},
		{"The delegation was warmly welcomed by the Governor.", "joint_position", false},
		{"The weather was fine and the hall was full.", "", false},
		{"Research plans were shared so that the direction of future policies can be decided.", "statement", false},
		{"The Speaker is set to participate in the closing session on Friday.", "next_step", true},
		{"Throughout the expedition, the team adhered strictly to established safety protocols.", "", false},
	} {
		kind, w := outcomeCue(tc.text)
		if kind != tc.kind || (w >= firm) != tc.firm {
			t.Errorf("outcomeCue(%q) = %q, %.2f; want %q, firm %v", tc.text, kind, w, tc.kind, tc.firm)
		}
	}
}

// TestOutcomeFullOfNames: a sentence whose words are mostly names and
// offices is still an outcome when it ends like a sentence; only a
// headline without a full stop is passed over.
func TestOutcomeFullOfNames(t *testing.T) {
	text := "Chief Secretary Appointed\n\nPresident Maria Fernando has appointed Mr K.P. Perera as the Chief Secretary of the Western Province.\nThe Letter Was Handed Over To Mr Perera At The Presidential Secretariat\n"
	b := briefOf(t, parse(t, []byte(text)), Options{})
	if len(b.Outcomes) != 1 || !strings.Contains(b.Outcomes[0].Text, "has appointed") {
		t.Errorf("outcomes %+v, want the appointment alone", b.Outcomes)
	}
}
