// Linking sources to actor mentions, and the antecedents of pronoun sources.
#include "claims.h"

#include <gtest/gtest.h>

#include "claims_test_util.h"

namespace newsann {
namespace {

using testing::mention_of;
using testing::read_claims;
using testing::ReadClaim;

TEST(ClaimsSources, NamedSourceLinksToTheMentionOfWhoSpoke) {
  std::string s = "Spokeswoman of the Polish border service Anna Nowak said the crossing was closed.";
  std::vector<Mention> m = {mention_of(s, "Polish border service", ActorType::kOrganization),
                            mention_of(s, "Anna Nowak", ActorType::kPerson)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source_mention, 1);
  EXPECT_EQ(m.size(), 2u);  // nothing appended for a name
}

TEST(ClaimsSources, PronounSourceGetsAMentionWithThePreviousSpeakerAsAntecedent) {
  std::string s =
      "Police chief Dan Ortiz met Governor Lisa Park on Monday. Ortiz said the streets were calm.\n\n"
      "“We are ready for the weekend,” he said.";
  std::vector<Mention> m = {mention_of(s, "Dan Ortiz", ActorType::kPerson),
                            mention_of(s, "Lisa Park", ActorType::kPerson),
                            mention_of(s, "Ortiz said", ActorType::kPerson)};
  m[2].span.e = m[2].span.b + 5;  // "Ortiz"
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source_mention, 2);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_TRUE(m[3].pronoun);
  EXPECT_EQ(testing::slice(s, m[3].span), "he");
  EXPECT_EQ(m[3].antecedent, 2);  // the speaker, not the nearer "Lisa Park"
  EXPECT_EQ(c[1].source_mention, 3);
}

TEST(ClaimsSources, PronounWithoutEarlierClaimTakesTheNearestCompatibleMention) {
  std::string s =
      "Protesters gathered outside the office of Senator Mark Hill on Friday.\n\n"
      "They said the new law would close two clinics.";
  std::vector<Mention> m = {mention_of(s, "Protesters", ActorType::kGroup),
                            mention_of(s, "Mark Hill", ActorType::kPerson)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[2].antecedent, 0);  // "they": the group, not the person
  EXPECT_EQ(m[2].type, ActorType::kGroup);
}

TEST(ClaimsSources, ItPointsBackToAnOrganisationOrPlace) {
  std::string s = "Acme Corp cut 500 jobs this year. It said demand had fallen sharply.";
  std::vector<Mention> m = {mention_of(s, "Acme Corp", ActorType::kOrganization)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].antecedent, 0);
}

TEST(ClaimsSources, OnePronounMentionForAQuoteSplitByItsCue) {
  std::string s = "Mary Stone spoke first. “We tried,” she said. “Nobody listened.”";
  std::vector<Mention> m = {mention_of(s, "Mary Stone", ActorType::kPerson)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 2u);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(c[0].source_mention, 1);
  EXPECT_EQ(c[1].source_mention, 1);
  EXPECT_EQ(m[1].antecedent, 0);
}

TEST(ClaimsSources, NoAntecedentWhenNothingCompatibleIsNear) {
  std::string s = "“It is over,” he said.";
  std::vector<Mention> m;
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 1u);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].pronoun);
  EXPECT_EQ(m[0].antecedent, -1);
}

}  // namespace
}  // namespace newsann

namespace newsann {
namespace {

using testing::mention_of;
using testing::read_claims;

TEST(ClaimsSources, HeFollowsTheLastNamedSpeakerEvenWhenItsTypeIsWrong) {
  // The actor recognizer may type a surname as an organisation; "he" still
  // goes back to the speaker named just before.
  std::string s =
      "Lourimi said the attack would unite the country.\n\n"
      "He said he did not expect a crackdown. “We have nothing to fear,” he said.";
  std::vector<Mention> m = {mention_of(s, "Lourimi", ActorType::kOrganization)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 3u);
  ASSERT_EQ(m.size(), 3u);  // "He" and the second "he"
  EXPECT_EQ(m[1].antecedent, 0);
  EXPECT_EQ(m[2].antecedent, 0);
}

TEST(ClaimsSources, APlaceIsNeverTheAntecedentOfHe) {
  std::string s = "Kenya said the talks had failed.\n\n“We tried,” he said.";
  std::vector<Mention> m = {mention_of(s, "Kenya", ActorType::kPlace)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 2u);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].antecedent, -1);
}

TEST(ClaimsSources, AGroupIsNeverTheAntecedentOfHe) {
  // "Experts" opens its sentence capitalised, like a name: still a group.
  std::string s = "Experts say the virus is unlikely to spread further.\n\nHe later told the court that he had acted alone.";
  std::vector<Mention> m = {mention_of(s, "Experts", ActorType::kGroup)};
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 2u);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_TRUE(m[1].pronoun);
  EXPECT_EQ(m[1].antecedent, -1);
}

TEST(ClaimsSources, AGenderedPronounSkipsThoseOfTheOtherGender) {
  // "she" does not point back to the man named last before it, nor "he" to
  // the woman who spoke last (given_names.txt marks Amanda and Alicia as
  // women's names, Ted, Donald and Patrick as men's); a surname alone takes
  // the gender of the full name it ends ("Trump").
  std::string s =
      "Amanda Carpenter, a former aide to Ted Cruz, backed the idea after Donald Trump spoke.\n\n"
      "\xE2\x80\x9CHas anyone compiled the list?\xE2\x80\x9D she tweeted about Trump.";
  std::vector<Mention> m = {mention_of(s, "Amanda Carpenter", ActorType::kPerson),
                            mention_of(s, "Ted Cruz", ActorType::kPerson),
                            mention_of(s, "Donald Trump", ActorType::kPerson),
                            mention_of(s, "Trump.", ActorType::kPerson)};
  m[3].span.e = m[3].span.b + 5;  // "Trump"
  auto c = read_claims(s, m);
  ASSERT_EQ(c.size(), 1u);
  ASSERT_GE(c[0].source_mention, 0);
  EXPECT_EQ(m[c[0].source_mention].antecedent, 0);  // Amanda Carpenter
  s = "\xE2\x80\x9CThis is sophomoric,\xE2\x80\x9D Alicia Powe wrote.\n\n"
      "Patrick Howley, writing on Breitbart, shared those sentiments.\n\n"
      "\xE2\x80\x9CWhy not a blacklist for those who sold out?\xE2\x80\x9D he added.";
  m = {mention_of(s, "Alicia Powe", ActorType::kPerson), mention_of(s, "Patrick Howley", ActorType::kPerson),
       mention_of(s, "Breitbart", ActorType::kOrganization)};
  c = read_claims(s, m);
  ASSERT_EQ(c.size(), 2u);
  ASSERT_GE(c[1].source_mention, 0);
  EXPECT_EQ(m[c[1].source_mention].antecedent, 1);  // Patrick Howley, not the last speaker
}

}  // namespace
}  // namespace newsann
